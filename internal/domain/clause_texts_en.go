package domain

// The English clause texts. The contract calls the parties the Firm, the
// Client and the Manager; a Dutch contract is a contract for services under
// Article 7:400 of the Dutch Civil Code, a Belgian one a management
// agreement. Blank lines separate numbered paragraphs.
func clausesEN() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClausePartiesInterim: {Title: "Parties", Body: "The Firm, the Client and the Manager named above are hereinafter referred to jointly as “the Parties” and each as “a Party”.\n\n" +
			"Where the Manager works through a management company, that company is the contracting party and guarantees that the Manager personally carries out the assignment."},
		ClausePartiesConsulting: {Title: "Parties", Body: "The Firm and the Client named above are hereinafter referred to jointly as “the Parties” and each as “a Party”."},

		ClauseAssignmentInterim: {Title: "Assignment", Body: "The Client engages the Firm to provide interim management. The Firm has the assignment carried out by the Manager. For the duration of this agreement the Manager holds the following position with the Client: {role}.\n\n" +
			"The Manager pursues the objectives set out below and hands over the position once the exit criteria are met. The Manager reports to the Client's board or to the person it designates."},
		ClauseAssignmentConsulting: {Title: "Assignment", Body: "The Client engages the Firm to carry out a consulting assignment, whose scope and approach are set out below.\n\n" +
			"Any extension of the scope is agreed in writing beforehand, together with its effect on the fee and the planning."},

		ClauseAuthority: {Title: "Authority", Body: "For the duration of the assignment the Client delegates to the Manager the authority that goes with the position described in article {art_assignment}, within the limits of the law, the Client's articles of association and its internal rules of delegation.\n\n" +
			"The Client grants the powers of attorney and bank mandates this requires, informs its staff and third parties where necessary, and withdraws them at the end of the assignment. Decisions beyond these limits are taken by the Client's board."},
		ClauseDeliverables: {Title: "Deliverables", Body: "The Firm delivers to the Client the results listed below.\n\n" +
			"A deliverable is accepted when the Client has raised no reasoned objection within ten working days of receiving it; the Firm remedies well-founded shortcomings within a reasonable time."},

		ClauseTermInterim: {Title: "Start and duration", Body: "The assignment runs {period}. An extension is agreed in writing with its new end date and leaves this agreement otherwise unchanged.\n\n" +
			"The assignment ends earlier when the Parties establish that the exit criteria have been met, or by notice under article {art_notice}."},
		ClauseTermConsulting: {Title: "Start and duration", Body: "The assignment runs {period}; the end date is the planned delivery of the last deliverable. The Firm informs the Client without delay of anything that puts this planning at risk."},

		ClauseTime: {Title: "Time commitment", Body: "The Manager devotes on average {days_per_week} to the assignment. The Manager plans these days in consultation with the Client, as the assignment requires; there are no fixed working hours.\n\n" +
			"The Manager decides when they are unavailable. Where the Manager will be unavailable for more than a week, they inform the Client in good time and ensure the continuity of the assignment themselves."},

		ClauseFeeInterim: {Title: "Fee and invoicing", Body: "The Client pays the Firm a fee of {day_rate} per day worked, excluding VAT. The Firm invoices monthly in arrears on the basis of a statement of the days worked approved by the Client. Days not worked are not invoiced.\n\n" +
			"Invoices are payable {payment_term}. On late payment, interest at the statutory rate for commercial transactions is due without notice of default."},
		ClauseFeeConsulting: {Title: "Fee and invoicing", Body: "For the assignment as described, the Client pays the Firm a fixed fee of {fee}, excluding VAT. The Firm invoices each phase on its completion, as set out below, or, where there are no phases, the whole fee on delivery.\n\n" +
			"Invoices are payable {payment_term}. Work outside the scope is only carried out and invoiced after written agreement."},

		ClauseExpenses: {Title: "Expenses", Body: "The fee covers all costs of the Firm and of everyone who carries out the assignment on its behalf, including travel between their home and the Client's premises. Other travel and accommodation costs incurred at the Client's request, and other expenses the Client has approved in writing beforehand, are reimbursed at cost, excluding VAT, on presentation of receipts."},

		ClauseNoticeInterim: {Title: "Notice and early termination", Body: "Each Party may terminate this agreement before its end by registered letter or by e-mail with acknowledgement of receipt, with a notice period of {notice_period}. The notice period starts on the day after notice is given; the assignment ends on the last day of the notice period and no later than the planned end date. The fee is due for the days worked until then.\n\n" +
			"Each Party may terminate this agreement with immediate effect and without compensation if another Party seriously breaches its obligations and does not remedy the breach within eight days of a written notice of default, or if another Party is declared bankrupt, enters judicial reorganisation or is liquidated.\n\n" +
			"This agreement ends by operation of law if the Manager becomes permanently unable to carry out the assignment; the Firm then proposes a replacement without delay."},
		ClauseNoticeConsulting: {Title: "Notice and early termination", Body: "The Client may terminate the assignment in writing at any time, with a notice period of {notice_period}; the Firm may do so for serious reasons only. The Client then pays for the work done until the end of the notice period, in proportion to the fixed fee, and receives the results obtained until then.\n\n" +
			"Each Party may terminate this agreement with immediate effect if the other seriously breaches its obligations and does not remedy the breach within eight days of a written notice of default, or if the other is declared bankrupt or is liquidated."},

		ClauseConfidentiality: {Title: "Confidentiality", Body: "The Firm and everyone who carries out the assignment on its behalf keep confidential all information about the Client and its business obtained in the course of the assignment and use it for the assignment only. This obligation extends to their staff and remains in force for five years after the end of this agreement. It does not apply to information that is public or that must be disclosed by law or by order of a court or regulator.\n\n" +
			"Each Party processes personal data in accordance with the General Data Protection Regulation. Documents and data of the Client are returned or destroyed at the end of the assignment."},

		ClauseIPInterim: {Title: "Intellectual property", Body: "The Firm and the Manager hereby assign to the Client the intellectual property rights in the reports, models, plans and other deliverables they create for the Client in the course of the assignment, for all forms of exploitation, worldwide and for the full term of those rights. The assignment takes effect once the Client has paid the fee for those deliverables; until then the Client may use them within its own organisation.\n\n" +
			"Documents, data and other material the Client makes available remain its property and are used for the assignment only.\n\n" +
			"The Firm and the Manager keep their rights in the methods, models, templates, software and know-how they developed before or outside the assignment, and remain free to use their general knowledge and experience, subject to article {art_confidentiality}. Where such elements are part of the deliverables, the Client receives a free, non-exclusive and perpetual right to use them with those deliverables."},
		ClauseIPConsulting: {Title: "Intellectual property", Body: "The Firm hereby assigns to the Client the intellectual property rights in the reports, models, plans and other deliverables it creates for the Client in the course of the assignment, for all forms of exploitation, worldwide and for the full term of those rights. The assignment takes effect once the Client has paid the fee for those deliverables; until then the Client may use them within its own organisation.\n\n" +
			"Documents, data and other material the Client makes available remain its property and are used for the assignment only.\n\n" +
			"The Firm keeps its rights in the methods, models, templates, software and know-how it developed before or outside the assignment, and remains free to use its general knowledge and experience, subject to article {art_confidentiality}. Where such elements are part of the deliverables, the Client receives a free, non-exclusive and perpetual right to use them with those deliverables."},

		ClauseNonSolicitInterim: {Title: "Non-solicitation", Body: "During the assignment and for {non_solicitation_period} after its end, the Client shall not employ the Manager or engage the Manager's services, directly or through a third party, other than through the Firm, without the Firm's prior written consent.\n\n" +
			"For each breach the Client owes the Firm a lump sum equal to the fee for sixty days worked at the day rate of this agreement."},
		ClauseNonSolicitConsulting: {Title: "Non-solicitation", Body: "During the assignment and for {non_solicitation_period} after its end, the Client shall not employ or engage, directly or through a third party, any employee or consultant of the Firm who worked on the assignment, without the Firm's prior written consent.\n\n" +
			"For each breach the Client owes the Firm a lump sum equal to a quarter of the fee of this agreement."},

		ClauseLiabilityInterim: {Title: "Liability", Body: "The Firm and the Manager carry out the assignment with the care expected of a good professional; their obligations are obligations of means, not of result.\n\n" +
			"Their liability for damage arising from the assignment, on whatever ground, is limited to direct damage and capped at the fees invoiced under this agreement in the {liability_period} before the event that caused the damage. This limitation does not apply to damage caused intentionally or by gross negligence.\n\n" +
			"The Client indemnifies the Manager against claims by third parties for acts performed in good faith within the authority delegated, except in the case of intent or gross negligence."},
		ClauseLiabilityConsulting: {Title: "Liability", Body: "The Firm carries out the assignment with the care expected of a good professional; its obligations are obligations of means, not of result.\n\n" +
			"Its liability for damage arising from the assignment, on whatever ground, is limited to direct damage and capped at the fee of this agreement, {fee}. This limitation does not apply to damage caused intentionally or by gross negligence. The Firm is not liable for decisions the Client takes on the basis of its advice."},

		ClauseInsuranceInterim: {Title: "Insurance", Body: "The Firm and the Manager (or the Manager's management company) each hold professional liability insurance covering the assignment and show proof of it on request.\n\n" +
			"The Client ensures that its directors' and officers' liability insurance covers the Manager for the duration of the assignment, also where the Manager is appointed as a director or member of the executive committee."},
		ClauseInsuranceConsulting: {Title: "Insurance", Body: "The Firm holds professional liability insurance covering the assignment and shows proof of it on request."},

		ClauseFinal: {Title: "Final provisions", Body: "This agreement contains everything the Parties have agreed about the assignment and takes precedence over the proposal on which it is based and over any earlier arrangement. Amendments and additions are valid only if agreed in writing.\n\n" +
			"If a provision proves void or unenforceable, the other provisions remain in force and the Parties replace it with a valid provision that comes as close as possible to its purpose. The Client's general terms and conditions do not apply."},

		ClauseSignature: {Title: "Signatures", Body: "Drawn up in {originals}, each Party acknowledging receipt of its own."},
	}
}

// clausesENforNL holds the English texts that Dutch law words differently:
// its suspension of payments, its management board and its limit to a
// limitation of liability.
func clausesENforNL() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClauseLiabilityInterim: reword(clausesEN()[ClauseLiabilityInterim],
			"caused intentionally or by gross negligence", "caused by intent or deliberate recklessness (opzet of bewuste roekeloosheid)",
			"intent or gross negligence", "intent or deliberate recklessness"),
		ClauseLiabilityConsulting: reword(clausesEN()[ClauseLiabilityConsulting],
			"caused intentionally or by gross negligence", "caused by intent or deliberate recklessness (opzet of bewuste roekeloosheid)"),
		ClauseNoticeInterim: reword(clausesEN()[ClauseNoticeInterim],
			"enters judicial reorganisation", "is granted a suspension of payments (surseance van betaling)"),
		ClauseInsuranceInterim: reword(clausesEN()[ClauseInsuranceInterim],
			"member of the executive committee", "member of the management board"),
		ClauseNatureInterim: {Title: "Nature of the agreement", Body: "This agreement is a contract for services (overeenkomst van opdracht) within the meaning of Article 7:400 et seq. of the Dutch Civil Code. The Parties expressly do not intend to enter into a contract of employment. The Manager is not subordinate to the Client: the Manager exercises the authority delegated under this agreement within its limits and is accountable for it, but receives no instructions on how to carry out the work.\n\n" +
			"The Parties also work in practice as independent parties, as the Dutch Employment Relationships (Deregulation) Act (Wet DBA) requires: the Manager receives no instructions on how the work is done and organises it; works for their own account and risk; is free to work for others as long as this does not conflict with the assignment; works with their own means; and the assignment is temporary: it runs as set out in article {art_term} and ends once the exit criteria are met. No fixed working hours and none of the Client's leave or absence rules apply to the Manager."},
		ClauseNatureConsulting: {Title: "Nature of the agreement", Body: "This agreement is a contract for services (overeenkomst van opdracht) within the meaning of Article 7:400 et seq. of the Dutch Civil Code.\n\n" +
			"The Firm advises; the Client keeps all decision-making authority and remains responsible for the decisions it takes on the basis of the advice and for their implementation. The Firm carries out the assignment with the care of a good contractor (Article 7:401 of the Dutch Civil Code); it undertakes to use its best endeavours and does not guarantee a result."},
		ClauseLaw: {Title: "Applicable law and disputes", Body: "This agreement is governed by Dutch law. The Parties first try to settle any dispute by consultation.\n\n" +
			"Disputes they cannot settle are submitted exclusively to the competent court (rechtbank) of the district in which the Firm has its registered office ({court})."},
	}
}

// clausesENforBE holds the English texts that Belgian law words differently.
func clausesENforBE() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClauseNatureInterim: {Title: "Nature of the agreement", Body: "This agreement is a management agreement. The Manager carries out the assignment as a self-employed person, in full independence and without any relationship of subordination to the Client or the Firm. The Parties expressly do not intend to enter into a contract of employment and, in accordance with the Employment Relationships Act (Title XIII of the Programme Act (I) of 27 December 2006), also act in practice as independent parties.\n\n" +
			"The Manager organises the work and working time freely, within the authority delegated under this agreement and the governance rules of the Client's company, and is free to work for others as long as this does not conflict with the assignment. The Manager or the management company bears the social security contributions and taxes due on the fees."},
		ClauseNatureConsulting: {Title: "Nature of the agreement", Body: "This agreement is a contract for services. The Firm carries out the assignment independently, with its own staff and means, without any relationship of subordination.\n\n" +
			"The Firm advises; the Client keeps all decision-making authority and remains responsible for its decisions and their implementation. The Firm's obligations are obligations of means, not of result."},
		ClauseLaw: {Title: "Applicable law and disputes", Body: "This agreement is governed by Belgian law. The Parties first try to settle any dispute by consultation.\n\n" +
			"Disputes they cannot settle fall within the exclusive jurisdiction of the enterprise court of the Firm's registered office ({court})."},
	}
}
