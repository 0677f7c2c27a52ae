package cli

import "github.com/interimdesk/interimdesk/internal/domain"

// names looks up the names behind IDs for the tables, each once per command.
type names struct {
	a        *app
	s        domain.Services
	clients  map[int64]string
	managers map[int64]string
}

func newNames(a *app, s domain.Services) *names {
	return &names{a: a, s: s, clients: map[int64]string{}, managers: map[int64]string{}}
}

func (n *names) client(id int64) (string, error) {
	if id == 0 {
		return "", nil
	}
	if name, ok := n.clients[id]; ok {
		return name, nil
	}
	c, err := n.s.Clients.FindClientByID(n.a.ctx, id)
	if err != nil {
		return "", err
	}
	n.clients[id] = c.DisplayName()
	return n.clients[id], nil
}

// of returns the names of a client and a manager.
func (n *names) of(clientID, managerID int64) (client, manager string, err error) {
	if client, err = n.client(clientID); err != nil {
		return "", "", err
	}
	manager, err = n.manager(managerID)
	return client, manager, err
}

func (n *names) manager(id int64) (string, error) {
	if id == 0 {
		return "", nil
	}
	if name, ok := n.managers[id]; ok {
		return name, nil
	}
	m, err := n.s.Managers.FindManagerByID(n.a.ctx, id)
	if err != nil {
		return "", err
	}
	n.managers[id] = m.Name
	return m.Name, nil
}
