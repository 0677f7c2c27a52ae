package ui

import (
	"context"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// nameCache finds the names of records that a list shows by id (the client
// of a proposal), asking the store only for ids it has not seen, in the
// background, and redrawing the list when they arrive.
type nameCache struct {
	work    *worker
	logf    func(format string, args ...any)
	lookup  func(ctx context.Context, id int64) (string, error)
	changed func()
	names   map[int64]string
	pending map[int64]bool
}

func newNameCache(parts widgetParts, lookup func(context.Context, int64) (string, error), changed func()) *nameCache {
	return &nameCache{work: parts.work, logf: parts.logf, lookup: lookup, changed: changed, names: map[int64]string{}, pending: map[int64]bool{}}
}

// name returns the name of id, or "" while it is being looked up.
func (nc *nameCache) name(id int64) string {
	if id == 0 {
		return ""
	}
	if n, ok := nc.names[id]; ok {
		return n
	}
	if nc.pending[id] {
		return ""
	}
	nc.pending[id] = true
	nc.work.background(func(ctx context.Context) func() {
		n, err := nc.lookup(ctx, id)
		return func() {
			delete(nc.pending, id)
			if err != nil {
				nc.logf("interimdesk: looking up the name of %d: %v", id, err)
				n = "?"
			}
			nc.names[id] = n
			nc.changed()
		}
	})
	return ""
}

// forget drops a name that may have changed.
func (nc *nameCache) forget(id int64) {
	if id == 0 { // some records changed: all names may have
		clear(nc.names)
		return
	}
	delete(nc.names, id)
}

// newClientNames looks up clients' display names.
func newClientNames(parts widgetParts, clients domain.ClientService, changed func()) *nameCache {
	return newNameCache(parts, func(ctx context.Context, id int64) (string, error) {
		c, err := clients.FindClientByID(ctx, id)
		if err != nil {
			return "", err
		}
		return c.DisplayName(), nil
	}, changed)
}

// newManagerNames looks up managers' names.
func newManagerNames(parts widgetParts, managers domain.ManagerService, changed func()) *nameCache {
	return newNameCache(parts, func(ctx context.Context, id int64) (string, error) {
		m, err := managers.FindManagerByID(ctx, id)
		if err != nil {
			return "", err
		}
		return m.Name, nil
	}, changed)
}
