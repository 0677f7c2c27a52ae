package ui

import "github.com/interimdesk/interimdesk/internal/domain"

// listDetail is the line under the client in the engagements list: the
// manager of a mandate; for a consulting assignment, which has none, its
// own name (the contract's heading), never the proposal's interim role.
func (s *engagementsScreen) listDetail(e *domain.Engagement) string {
	if e.Kind == domain.KindConsulting {
		return e.Role
	}
	return s.managerNames.name(e.ManagerID)
}
