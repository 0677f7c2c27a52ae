// Package demo fills an empty database with a credible sample firm: a
// Belgian advisory firm with its clients, a roster of interim managers,
// proposals at every stage and the engagements they turned into.
//
// Everything is written through the domain services, so the sample passes the
// same validation as what a person types, and every date is relative to the
// day it is loaded: a demo loaded today looks as fresh as one loaded a year
// ago, and two loads on the same day are identical.
package demo

import (
	"context"
	"fmt"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Load writes the sample firm, clients, managers, proposals and engagements
// through s. It expects an empty database: the sample's VAT numbers and
// e-mail addresses would conflict with an earlier load. Issuing proposals
// needs a renderer wired into the store. The error is the first service
// error, wrapped with the record it was about; domain.ErrorCode still sees
// the service's code through the wrapping.
func Load(ctx context.Context, s domain.Services, today domain.Date) error {
	l := &loader{
		s:         s,
		today:     today,
		clients:   map[string]int64{},
		managers:  map[string]int64{},
		proposals: map[string]int64{},
	}
	for _, step := range []func(context.Context) error{
		l.loadFirm,
		l.loadClients,
		l.loadManagers,
		l.loadProposals,
		l.loadEngagements,
	} {
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

// loader remembers the IDs the store gave each sample record, so that later
// records can refer to earlier ones by the short keys the seed data uses.
type loader struct {
	s         domain.Services
	today     domain.Date
	clients   map[string]int64
	managers  map[string]int64
	proposals map[string]int64
}

// day is the date n days from today (n < 0 is in the past).
func (l *loader) day(n int) domain.Date { return l.today.AddDays(n) }

// clientID looks up a client key; a missing key is a mistake in the seed
// data, reported rather than panicking.
func (l *loader) clientID(key string) (int64, error) {
	id, ok := l.clients[key]
	if !ok {
		return 0, fmt.Errorf("demo data: no client %q", key)
	}
	return id, nil
}

func (l *loader) managerID(key string) (int64, error) {
	if key == "" {
		return 0, nil
	}
	id, ok := l.managers[key]
	if !ok {
		return 0, fmt.Errorf("demo data: no manager %q", key)
	}
	return id, nil
}

func (l *loader) proposalID(key string) (int64, error) {
	if key == "" {
		return 0, nil
	}
	id, ok := l.proposals[key]
	if !ok {
		return 0, fmt.Errorf("demo data: no proposal %q", key)
	}
	return id, nil
}

func (l *loader) loadFirm(ctx context.Context) error {
	if err := l.s.Firm.SaveFirm(ctx, firm()); err != nil {
		return fmt.Errorf("demo firm profile: %w", err)
	}
	return nil
}
