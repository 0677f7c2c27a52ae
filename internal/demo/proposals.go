package demo

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// proposalSeed is a sample proposal. The offers are filled in as a partner
// would: the interim mandate and the consulting offer answer the same
// question, so the client can compare them side by side.
type proposalSeed struct {
	key     string
	client  string
	manager string // "" while no manager is proposed
	startIn int    // the mandate's start, in days from today
	p       domain.Proposal
}

// lines joins one item per line, the way objectives, exit criteria and
// deliverables are kept.
func lines(items ...string) string { return strings.Join(items, "\n") }

// phase is one phase of a consulting offer, its fee in whole euros.
func phase(name string, weeks int, euros int64) domain.Phase {
	return domain.Phase{Name: name, Weeks: weeks, Fee: domain.Euros(euros)}
}

// proposalSeeds answer the clients' questions in their own language (Dutch,
// French, English). Proposals to Dutch clients reverse-charge the VAT: the
// firm is Belgian and the client a business in another member state.
func proposalSeeds() []proposalSeed {
	return []proposalSeed{
		{key: "vandewalle-cfo", client: "vandewalle", manager: "vandenbossche", startIn: -75, p: domain.Proposal{
			Title:     "Interim CFO tijdens de herstructurering",
			Situation: "Vandewalle Plastics verloor in het voorjaar zijn grootste automotiveklant (27% van de omzet). De bankconvenanten worden dit jaar niet gehaald en de CFO vertrekt op korte termijn. De raad van bestuur wil een geloofwaardig herstelplan voorleggen aan de banken en de kaspositie strak opvolgen.",
			Interim: domain.InterimOffer{
				Role:         "CFO ad interim, lid van het directiecomité, rapporteert aan de CEO en de raad van bestuur",
				Objectives:   lines("13-wekenkasplan opzetten en wekelijks opvolgen", "Herstelplan uitwerken en met de banken een standstill onderhandelen", "Kostenbasis met 12% verlagen zonder de leverbetrouwbaarheid te schaden", "Een opvolger voor de CFO-rol mee selecteren en inwerken"),
				ExitCriteria: lines("Standstill- en herfinancieringsakkoord met de banken getekend", "Kasplan drie maanden binnen 5% van de realiteit", "Vaste CFO aangeworven en ingewerkt"),
				Weeks:        26, DaysPerWeek: 4, DayRate: domain.Euros(1550), ManagerDayFee: domain.Euros(1250),
			},
			Consulting: domain.ConsultingOffer{
				Approach:     "Een team van twee adviseurs analyseert de kasstromen, de kostenstructuur en de klantenportefeuille en schrijft samen met het management een herstelplan. Het management voert het plan zelf uit.",
				Deliverables: lines("Kasstroomanalyse en 13-wekenmodel", "Herstelplan met maatregelen en impact", "Presentatie voor de banken"),
				Phases:       []domain.Phase{phase("Diagnose", 3, 21000), phase("Herstelplan", 4, 28000), phase("Begeleiding bankgesprekken", 3, 15000)},
			},
			Permanent:      &domain.PermanentHire{AnnualSalary: domain.Euros(165000), EmployerCostPct: 32, RecruitmentFeePct: 25},
			Recommended:    domain.KindInterim,
			Recommendation: "Wij raden het interimmandaat aan: de banken willen één aanspreekpunt dat de cijfers draagt, en de CFO-stoel blijft niet leeg tijdens de zoektocht naar een vaste opvolger.",
			VATRate:        21, ValidityDays: 30,
		}},
		{key: "zuivel-scm", client: "zuivel", manager: "wouters", startIn: 21, p: domain.Proposal{
			Title:     "Interim Supply Chain Director en invoering S&OP",
			Situation: "Brabantse Zuivel groeit met 15% per jaar, maar de voorraden en de derving groeien sneller. Verkoop en productie plannen elk met hun eigen cijfers; er is geen S&OP-proces. De supply chain director is met langdurig verlof.",
			Interim: domain.InterimOffer{
				Role:         "Supply chain director ad interim, stuurt planning, inkoop en logistiek aan (32 medewerkers)",
				Objectives:   lines("Maandelijks S&OP-proces invoeren met verkoop, productie en financiën", "Voorraad met 20% verlagen bij een servicegraad van minstens 97%", "Derving van houdbare producten halveren"),
				ExitCriteria: lines("Drie S&OP-cycli zonder begeleiding doorlopen", "Voorraad- en servicedoelen twee maanden op rij gehaald", "Teamleiders planning en inkoop zelfstandig aan het roer"),
				Weeks:        16, DaysPerWeek: 3, DayRate: domain.Euros(1150), ManagerDayFee: domain.Euros(950),
			},
			Consulting: domain.ConsultingOffer{
				Approach:     "Wij brengen de planningsprocessen in kaart, ontwerpen het S&OP-proces en trainen de planners. De organisatie voert de cycli zelf uit.",
				Deliverables: lines("Procesanalyse en voorraaddiagnose", "Ontwerp S&OP-proces met rollen en kalender", "Training van planners en management"),
				Phases:       []domain.Phase{phase("Analyse", 3, 14500), phase("Ontwerp", 3, 14500), phase("Training en eerste cyclus", 4, 16000)},
			},
			Recommended:    domain.KindInterim,
			Recommendation: "Met de supply chain director afwezig ontbreekt vooral iemand die beslist. Een interim director kan S&OP invoeren én de dagelijkse leiding nemen.",
			VATRate:        21, ReverseCharge: true, ValidityDays: 30,
		}},
		{key: "clinique-daf", client: "clinique", manager: "dubois", startIn: 14, p: domain.Proposal{
			Title:     "Direction financière ad interim",
			Situation: "La clinique clôture ses comptes avec un déficit pour la deuxième année consécutive. Le directeur financier a quitté l'institution et le budget des moyens financiers doit être revu avant la fin du trimestre. Le conseil d'administration souhaite un plan de retour à l'équilibre.",
			Interim: domain.InterimOffer{
				Role:         "Directrice financière ad interim, membre du comité de direction",
				Objectives:   lines("Clôturer les comptes annuels dans les délais", "Établir un plan de retour à l'équilibre sur trois ans", "Renforcer le contrôle de gestion par service médical", "Préparer le recrutement du nouveau directeur financier"),
				ExitCriteria: lines("Comptes annuels approuvés par le conseil", "Plan de retour à l'équilibre validé", "Nouveau directeur financier en fonction"),
				Weeks:        24, DaysPerWeek: 4, DayRate: domain.Euros(1450), ManagerDayFee: domain.Euros(1200),
			},
			Consulting: domain.ConsultingOffer{
				Approach:     "Nous analysons la rentabilité par service, le financement et les coûts de structure, puis proposons un plan d'action. La direction reste responsable de sa mise en œuvre.",
				Deliverables: lines("Analyse de rentabilité par service", "Plan de retour à l'équilibre", "Tableau de bord financier mensuel"),
				Phases:       []domain.Phase{phase("Diagnostic", 4, 24000), phase("Plan d'action", 4, 26000), phase("Accompagnement", 4, 18000)},
			},
			Permanent:      &domain.PermanentHire{AnnualSalary: domain.Euros(140000), EmployerCostPct: 30, RecruitmentFeePct: 22},
			Recommended:    domain.KindInterim,
			Recommendation: "La clôture des comptes et le plan de redressement ne peuvent attendre un recrutement de six mois : une directrice financière de transition assure les deux et prépare l'arrivée de son successeur.",
			VATRate:        21, ValidityDays: 30,
		}},
		{key: "noordzee-cfo", client: "noordzee", manager: "lambert", startIn: -30, p: domain.Proposal{
			Title:     "Interim CFO or an independent finance review",
			Situation: "Noordzee Offshore Services won two long-term maintenance contracts that double its revenue. The finance function, built for a smaller company, cannot deliver monthly figures on time, and the banks ask for a new financing structure before the vessels are chartered.",
			Interim: domain.InterimOffer{
				Role:         "Interim CFO, member of the management board",
				Objectives:   lines("Monthly closing within ten working days", "Refinance the fleet expansion", "Set up project controlling for the new contracts"),
				ExitCriteria: lines("Financing signed", "Three monthly closings on time", "Permanent CFO appointed"),
				Weeks:        20, DaysPerWeek: 4, DayRate: domain.Euros(1400), ManagerDayFee: domain.Euros(1150),
			},
			Consulting: domain.ConsultingOffer{
				Approach:     "An independent review of the finance function, the financing options and project controlling, with a road map the current team carries out.",
				Deliverables: lines("Finance function review", "Financing options paper for the board", "Project controlling design"),
				Phases:       []domain.Phase{phase("Review", 3, 19500), phase("Financing options", 2, 13000), phase("Road map", 2, 9500)},
			},
			Recommended:    domain.KindConsulting,
			Recommendation: "If the board wants to keep the current finance manager in charge, the review gives the team a clear road map at a fixed price.",
			VATRate:        21, ReverseCharge: true, ValidityDays: 30,
		}},
		{key: "meuse-ops", client: "meuse", manager: "lefevre", startIn: -50, p: domain.Proposal{
			Title:     "Direction des opérations de transition",
			Situation: "Logistique Meuse reprend l'entrepôt d'un concurrent à Grâce-Hollogne. Les deux sites travaillent avec des processus et des systèmes différents, et le taux de service est tombé à 91 %.",
			Interim: domain.InterimOffer{
				Role:         "Directrice des opérations ad interim pour les deux sites",
				Objectives:   lines("Harmoniser les processus des deux entrepôts", "Remonter le taux de service à 98 %", "Préparer la migration vers un seul WMS"),
				ExitCriteria: lines("Taux de service de 98 % pendant deux mois", "Processus communs documentés et appliqués", "Responsables de site autonomes"),
				Weeks:        20, DaysPerWeek: 5, DayRate: domain.Euros(1350), ManagerDayFee: domain.Euros(1100),
			},
			Consulting: domain.ConsultingOffer{
				Approach:     "Un diagnostic des deux sites, un modèle d'organisation cible et un plan de migration que l'équipe met en œuvre.",
				Deliverables: lines("Diagnostic opérationnel", "Organisation cible", "Plan de migration WMS"),
				Phases:       []domain.Phase{phase("Diagnostic", 3, 16500), phase("Organisation cible", 3, 16500), phase("Plan de migration", 2, 11000)},
			},
			Recommended:    domain.KindInterim,
			Recommendation: "L'intégration demande une direction quotidienne sur le terrain ; nous recommandons le mandat de transition.",
			VATRate:        21, ValidityDays: 30,
		}},
		{key: "pharma-qa", client: "antwerppharma", manager: "hendrickx", startIn: 30, p: domain.Proposal{
			Title:     "Interim Quality & Regulatory Director ahead of the FDA inspection",
			Situation: "Antwerp Pharma Solutions expects an FDA pre-approval inspection for its new sterile filling line within six months. The head of quality left, and the last internal audit found gaps in data integrity and deviation handling.",
			Interim: domain.InterimOffer{
				Role:         "Interim Quality & Regulatory Director, Qualified Person backup",
				Objectives:   lines("Close the data integrity and deviation findings", "Prepare the site and the team for the FDA inspection", "Recruit and onboard a permanent head of quality"),
				ExitCriteria: lines("FDA inspection passed without critical findings", "Deviation backlog under 30 days", "Permanent head of quality in place"),
				Weeks:        30, DaysPerWeek: 5, DayRate: domain.Euros(1300), ManagerDayFee: domain.Euros(1050),
			},
			Consulting: domain.ConsultingOffer{
				Approach:     "A mock inspection and a gap assessment against 21 CFR Parts 210/211 and Annex 1, followed by a remediation plan the site's team executes.",
				Deliverables: lines("Mock inspection report", "Gap assessment", "Remediation plan with owners and dates"),
				Phases:       []domain.Phase{phase("Mock inspection", 2, 18000), phase("Gap assessment", 3, 24000), phase("Remediation plan", 2, 14000)},
			},
			Permanent:      &domain.PermanentHire{AnnualSalary: domain.Euros(180000), EmployerCostPct: 30, RecruitmentFeePct: 30},
			Recommended:    domain.KindInterim,
			Recommendation: "Six months is too short to recruit and onboard a permanent head of quality before the inspection; an interim director prepares the site now and hands over to the new hire.",
			VATRate:        21, ValidityDays: 45,
		}},
		{key: "isv-programme", client: "scheldevallei", manager: "jansen", startIn: 45, p: domain.Proposal{
			Title:     "Programmamanager digitalisering dienstverlening",
			Situation: "ISV wil de dienstverlening aan de gemeenten digitaliseren: afvalophaling, milieuvergunningen en facturatie in één loket. Er lopen zes projecten zonder gemeenschappelijke sturing.",
			Interim: domain.InterimOffer{
				Role:         "Programmamanager ad interim, rapporteert aan de algemeen directeur",
				Objectives:   lines("Programmabureau opzetten en de zes projecten bundelen", "Prioriteiten en budget laten goedkeuren door de raad van bestuur", "Eerste digitale loket live voor afvalophaling"),
				ExitCriteria: lines("Programma loopt volgens goedgekeurde planning", "Interne programmaleider aangesteld en ingewerkt"),
				Weeks:        36, DaysPerWeek: 3, DayRate: domain.Euros(1100), ManagerDayFee: domain.Euros(900),
			},
			Consulting: domain.ConsultingOffer{
				Approach:     "Wij maken een programmaplan en een governance-voorstel; de organisatie stelt zelf een programmaleider aan.",
				Deliverables: lines("Projectenoverzicht en afhankelijkheden", "Programmaplan", "Governance-voorstel"),
				Phases:       []domain.Phase{phase("Inventaris", 2, 9000), phase("Programmaplan", 3, 13500), phase("Governance", 2, 8000)},
			},
			VATRate: 21, ValidityDays: 30,
		}},
		{key: "delta-pmi", client: "delta", manager: "peeters", startIn: 10, p: domain.Proposal{
			Title:     "Post-merger integration of the Belgian acquisition",
			Situation: "Delta Chemicals acquired a Belgian competitor last year. Sales, procurement and finance still run separately; the synergies promised to the shareholders are behind plan and two key customers have voiced concerns.",
			Interim: domain.InterimOffer{
				Role:         "Interim Integration Director, reports to the Managing Director",
				Objectives:   lines("Integration office and plan with owners and dates", "Deliver the procurement synergies of the first year", "Merge the two sales organisations without losing key accounts"),
				ExitCriteria: lines("Year-one synergies booked", "One sales organisation and one price list", "Integration handed over to line management"),
				Weeks:        24, DaysPerWeek: 3, DayRate: domain.Euros(1600), ManagerDayFee: domain.Euros(1300),
			},
			Consulting: domain.ConsultingOffer{
				Approach:     "An integration health check and a re-based synergy plan, with fortnightly steering support; management leads the integration.",
				Deliverables: lines("Integration health check", "Re-based synergy plan", "Steering committee support"),
				Phases:       []domain.Phase{phase("Health check", 2, 16000), phase("Synergy plan", 3, 22500), phase("Steering support", 8, 24000)},
			},
			Recommended:    domain.KindInterim,
			Recommendation: "The integration needs an owner with authority across both companies; we recommend the interim mandate.",
			VATRate:        21, ReverseCharge: true, ValidityDays: 30,
		}},
	}
}

// event is one step in the life of a sample proposal, on a day counted from
// today. Events run in date order so that issue numbers follow the calendar,
// as they would in an office.
type event struct {
	in       int
	proposal string
	do       func(ctx context.Context, l *loader, id int64, on domain.Date) error
}

func issue(ctx context.Context, l *loader, id int64, on domain.Date) error {
	_, err := l.s.Proposals.IssueProposal(ctx, id, on)
	return err
}

func status(s domain.ProposalStatus, option domain.OfferKind) func(context.Context, *loader, int64, domain.Date) error {
	return func(ctx context.Context, l *loader, id int64, on domain.Date) error {
		return l.s.Proposals.SetProposalStatus(ctx, id, s, on, option)
	}
}

// revise changes the day rate after the client's first reaction, so that
// the sample shows a proposal issued twice under one number.
func revise(rate int64) func(context.Context, *loader, int64, domain.Date) error {
	return func(ctx context.Context, l *loader, id int64, _ domain.Date) error {
		p, err := l.s.Proposals.FindProposalByID(ctx, id)
		if err != nil {
			return err
		}
		p.Interim.DayRate = domain.Euros(rate)
		p.Interim.Weeks += 2
		return l.s.Proposals.UpdateProposal(ctx, p)
	}
}

// events is the pipeline: accepted, declined and expired proposals in the
// past months, one issued twice, one waiting for an answer, two drafts.
func events() []event {
	return []event{
		{-95, "vandewalle-cfo", issue},
		{-82, "vandewalle-cfo", status(domain.ProposalAccepted, domain.KindInterim)},
		{-80, "meuse-ops", issue},
		{-49, "meuse-ops", status(domain.ProposalExpired, "")},
		{-60, "noordzee-cfo", issue},
		{-45, "noordzee-cfo", status(domain.ProposalDeclined, "")},
		{-30, "zuivel-scm", issue},
		{-10, "zuivel-scm", status(domain.ProposalAccepted, domain.KindInterim)},
		{-12, "delta-pmi", issue},
		{-5, "delta-pmi", revise(1500)},
		{-3, "delta-pmi", issue},
		{-6, "clinique-daf", issue},
	}
}

func (l *loader) loadProposals(ctx context.Context) error {
	for _, seed := range proposalSeeds() {
		p := seed.p
		var err error
		if p.ClientID, err = l.clientID(seed.client); err != nil {
			return err
		}
		if p.Interim.ManagerID, err = l.managerID(seed.manager); err != nil {
			return err
		}
		p.Interim.Start = l.day(seed.startIn)
		p.Status = domain.ProposalDraft
		if err := l.s.Proposals.CreateProposal(ctx, &p); err != nil {
			return fmt.Errorf("demo proposal %q: %w", p.Title, err)
		}
		l.proposals[seed.key] = p.ID
	}
	evs := events()
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].in < evs[j].in })
	for _, ev := range evs {
		id, err := l.proposalID(ev.proposal)
		if err != nil {
			return err
		}
		if err := ev.do(ctx, l, id, l.day(ev.in)); err != nil {
			return fmt.Errorf("demo proposal %s on %s: %w", ev.proposal, l.day(ev.in), err)
		}
	}
	return nil
}
