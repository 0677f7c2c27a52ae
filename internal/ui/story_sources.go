package ui

import (
	"context"

	"fyne.io/fyne/v2/lang"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// storyLimit is how many proposals and engagements a story lists of each.
const storyLimit = 50

// attachStories gives the client's and the manager's forms their stories.
func (u *App) attachStories() {
	h := u.todayHooks()
	u.clients.story.source = func(ctx context.Context, id int64) ([]storyLine, error) {
		ps, _, err := u.svc.Proposals.FindProposals(ctx, domain.ProposalFilter{ClientID: id, Page: domain.Page{Limit: storyLimit}})
		if err != nil {
			return nil, err
		}
		es, _, err := u.svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{ClientID: id, Page: domain.Page{Limit: storyLimit}})
		if err != nil {
			return nil, err
		}
		var out []storyLine
		for _, p := range ps {
			id := p.ID
			value, _ := p.ExpectedValue()
			args := map[string]any{"Number": p.Number, "Title": p.Title, "Status": proposalStatusText(p.Status), "Value": formatMoney(value)}
			text := lang.X("story.proposal", "Proposal {{.Number}} {{.Title}}: {{.Status}}, {{.Value}}", args)
			if p.Number == "" { // a draft never issued has no number yet
				text = lang.X("story.proposal.draft", "Proposal {{.Title}}: {{.Status}}, {{.Value}}", args)
			}
			out = append(out, storyLine{text: text, open: func() { h.openProposal(id) }})
		}
		for _, e := range es {
			id := e.ID
			out = append(out, storyLine{text: lang.X("story.engagement", "Engagement {{.Role}} ({{.Kind}}): {{.Status}}, {{.Period}}, {{.Value}}", map[string]any{
				"Role": e.Role, "Kind": kindText(e.Kind), "Status": engagementStatusText(e.Status), "Period": period(e.Start, e.LastDay()),
				"Value": formatMoney(engagementValue(e))}),
				open: func() { h.openEngagement(id) }})
		}
		return out, nil
	}
	u.managers.story.source = func(ctx context.Context, id int64) ([]storyLine, error) {
		es, _, err := u.svc.Engagements.FindEngagements(ctx, domain.EngagementFilter{ManagerID: id, Page: domain.Page{Limit: storyLimit}})
		if err != nil {
			return nil, err
		}
		names := map[int64]string{}
		var out []storyLine
		for _, e := range es {
			if e.ManagerID != id {
				continue
			}
			if _, ok := names[e.ClientID]; !ok {
				c, err := u.svc.Clients.FindClientByID(ctx, e.ClientID)
				if err != nil {
					return nil, err
				}
				names[e.ClientID] = c.DisplayName()
			}
			eid := e.ID
			out = append(out, storyLine{text: withOutcome(lang.X("story.manager.engagement", "{{.Client}}, {{.Role}}: {{.Status}}, {{.Period}}", map[string]any{
				"Client": names[e.ClientID], "Role": e.Role, "Status": engagementStatusText(e.Status), "Period": period(e.Start, e.LastDay())}), e),
				open: func() { h.openEngagement(eid) }})
		}
		ps, _, err := u.svc.Proposals.FindProposals(ctx, domain.ProposalFilter{ManagerID: id, Page: domain.Page{Limit: storyLimit}})
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			if _, ok := names[p.ClientID]; !ok {
				c, err := u.svc.Clients.FindClientByID(ctx, p.ClientID)
				if err != nil {
					return nil, err
				}
				names[p.ClientID] = c.DisplayName()
			}
			out = append(out, managerProposalLine(p, names[p.ClientID], h.openProposal))
		}
		return out, nil
	}
}

// managerProposalLine is a proposal in a manager's story: the client, the
// role, the number, how it ended or stands, and the dates of the mandate.
func managerProposalLine(p *domain.Proposal, client string, open func(id int64)) storyLine {
	role := p.Interim.Role
	if role == "" {
		role = p.Title
	}
	when := lang.L("No start date")
	if start := p.Interim.Start; !start.IsZero() {
		var end domain.Date
		if p.Interim.Weeks > 0 {
			end = start.AddDays(7*p.Interim.Weeks - 1)
		}
		when = period(start, end)
	}
	args := map[string]any{"Client": client, "Role": role, "Number": p.Number, "Outcome": proposalStatusLine(p), "Period": when}
	text := lang.X("story.manager.proposal", "{{.Client}}, {{.Role}} (proposal {{.Number}}): {{.Outcome}}, {{.Period}}", args)
	if p.Number == "" { // a draft never issued has no number yet
		text = lang.X("story.manager.proposal.draft", "{{.Client}}, {{.Role}} (proposal): {{.Outcome}}, {{.Period}}", args)
	}
	id := p.ID
	return storyLine{text: text, open: func() { open(id) }}
}
