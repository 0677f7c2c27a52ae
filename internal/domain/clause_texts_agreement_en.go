package domain

// The English texts of a mandate's two agreements. The client agreement
// (the Firm and the Client) takes the three-party contract's articles but
// for the parties and intellectual property: the Manager does not sign it.
// The manager agreement (the Firm and the Manager's company, "the
// Contractor") runs back to back with the client agreement.
func agreementClausesEN() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClausePartiesClient: {Title: "Parties", Body: "The Firm and the Client named above are hereinafter referred to jointly as “the Parties” and each as “a Party”.\n\n" +
			"The Firm has the assignment carried out by {manager} (hereinafter “the Manager”), with whom it has a separate agreement. The Manager is not a party to this agreement; the Firm guarantees that the Manager personally carries out the assignment and complies with the provisions of this agreement that concern the Manager."},
		ClauseIPClient: {Title: "Intellectual property", Body: "The Firm hereby assigns to the Client the intellectual property rights in the reports, models, plans and other deliverables the Firm and the Manager create for the Client in the course of the assignment, for all forms of exploitation, worldwide and for the full term of those rights; the Firm has obtained the Manager's rights for this purpose. The assignment takes effect once the Client has paid the fee for those deliverables; until then the Client may use them within its own organisation.\n\n" +
			"Documents, data and other material the Client makes available remain its property and are used for the assignment only.\n\n" +
			"The Firm and the Manager keep their rights in the methods, models, templates, software and know-how they developed before or outside the assignment, and remain free to use their general knowledge and experience, subject to article {art_confidentiality}. Where such elements are part of the deliverables, the Client receives a free, non-exclusive and perpetual right to use them with those deliverables."},

		ClausePartiesManager: {Title: "Parties", Body: "The Firm and the Contractor named above are hereinafter referred to jointly as “the Parties” and each as “a Party”.\n\n" +
			"The Contractor guarantees that the Manager personally carries out the assignment and complies with the obligations of this agreement. It does not replace the Manager without the Firm's prior written consent."},
		ClauseAssignmentManager: {Title: "Assignment", Body: "The Firm has entered into an interim management agreement (hereinafter “the Client Agreement”) with {client} (hereinafter “the Client”). The Firm engages the Contractor to have that assignment carried out by the Manager. For the duration of this agreement the Manager holds the following position with the Client: {role}.\n\n" +
			"The Manager pursues the objectives set out below and hands over the position once the exit criteria are met. The Firm informs the Contractor of the provisions of the Client Agreement that matter for carrying out the assignment, such as the authority the Client delegates to the Manager."},
		ClauseTermManager: {Title: "Start and duration", Body: "The assignment runs {period}, the same period as the Client Agreement. If the Client Agreement is extended, this agreement is extended to the same end date once the Parties confirm it in writing.\n\n" +
			"This agreement ends by operation of law on the day the Client Agreement ends, for whatever reason. The Firm informs the Contractor without delay."},
		ClauseTimeManager: {Title: "Time commitment", Body: "The Manager devotes on average {days_per_week} to the assignment, as agreed in the Client Agreement. The Manager plans these days in consultation with the Client, as the assignment requires; there are no fixed working hours.\n\n" +
			"The Manager decides when they are unavailable. Where the Manager will be unavailable for more than a week, they agree this in good time with the Client and with the Firm."},
		ClauseFeeManager: {Title: "Fee", Body: "The Firm pays the Contractor a fee of {day_rate} per day worked, excluding VAT.\n\n" +
			"The fee is due only for the days the Client has approved; days not worked or not approved are not paid."},
		ClauseInvoicingManager: {Title: "Invoicing and payment", Body: "The Contractor invoices the Firm monthly in arrears for the days of the past month that the Client has approved, attaching the approved statement of those days.\n\n" +
			"The Firm pays the invoices {payment_term}. An invoice that does not match the approved statement is paid once it has been corrected."},
		ClauseExpensesManager: {Title: "Expenses", Body: "The fee covers all costs of the Contractor and the Manager, including travel between their home and the Client's premises. Other expenses are reimbursed only where the Client has approved them in writing beforehand and reimburses them to the Firm, at cost, excluding VAT, on presentation of receipts."},
		ClauseNoticeManager: {Title: "Notice and early termination", Body: "Each Party may terminate this agreement before its end by registered letter or by e-mail with acknowledgement of receipt, with a notice period of {notice_period}. If the Client terminates the Client Agreement, this agreement ends on the same day. The fee is due for the approved days worked until then.\n\n" +
			"Each Party may terminate this agreement with immediate effect and without compensation if the other Party seriously breaches its obligations and does not remedy the breach within eight days of a written notice of default, or if the other Party is declared bankrupt, enters judicial reorganisation or is liquidated.\n\n" +
			"This agreement ends by operation of law if the Manager becomes permanently unable to carry out the assignment."},
		ClauseConfidentialityManager: {Title: "Confidentiality", Body: "The Contractor and the Manager keep confidential all information about the Client, its business and the Firm obtained in the course of the assignment and use it for the assignment only; this includes the content of this agreement. This obligation remains in force for five years after the end of this agreement. It does not apply to information that is public or that must be disclosed by law or by order of a court or regulator.\n\n" +
			"Documents and data of the Client and of the Firm are returned or destroyed at the end of the assignment."},
		ClausePrivacyManager: {Title: "Personal data", Body: "Each Party processes personal data in accordance with the General Data Protection Regulation (Regulation (EU) 2016/679). The Firm processes the Manager's personal data only to perform this agreement and to meet its legal obligations, and keeps them no longer than necessary for those purposes.\n\n" +
			"The Manager processes personal data of the Client, its staff and its business relations only for the assignment and in accordance with the Client's instructions and policies. The Contractor reports any personal data breach to the Client and to the Firm without delay."},
		ClauseIPManager: {Title: "Intellectual property", Body: "The Contractor hereby assigns to the Firm the intellectual property rights in the reports, models, plans and other deliverables the Manager creates for the Client in the course of the assignment, for all forms of exploitation, worldwide and for the full term of those rights, so that the Firm can assign them to the Client as the Client Agreement provides. At the Firm's request the Contractor assigns them directly to the Client. The fee of article {art_fee} covers this assignment of rights.\n\n" +
			"The Contractor and the Manager keep their rights in the methods, models, templates and know-how they developed before or outside the assignment, and remain free to use their general knowledge and experience, subject to article {art_confidentiality}. Where such elements are part of the deliverables, the Firm and the Client receive a free, non-exclusive and perpetual right to use them with those deliverables."},
		ClauseNonSolicitManager: {Title: "Direct work for the Client", Body: "During the assignment and for {non_solicitation_period} after its end, the Contractor and the Manager shall not work for the Client other than through the Firm, directly or through a third party, and the Manager shall not become the Client's employee, without the Firm's prior written consent.\n\n" +
			"For each breach the Contractor owes the Firm a lump sum equal to the fee for sixty days worked at the day fee of this agreement."},
		ClauseInsuranceManager: {Title: "Insurance", Body: "The Contractor holds professional liability insurance covering the assignment and shows proof of it to the Firm on request. It insures the Manager itself against illness, accidents and incapacity for work.\n\n" +
			"The Firm asks the Client to cover the Manager under its directors' and officers' liability insurance for the duration of the assignment, as the Client Agreement provides."},
		ClauseFinalManager: {Title: "Final provisions", Body: "This agreement contains everything the Parties have agreed about the assignment and takes precedence over any earlier arrangement. Amendments and additions are valid only if agreed in writing.\n\n" +
			"If a provision proves void or unenforceable, the other provisions remain in force and the Parties replace it with a valid provision that comes as close as possible to its purpose. The Contractor's general terms and conditions do not apply."},
	}
}

// agreementClausesENforNL: the manager agreement under Dutch law, with the
// marks of independent work the Wet DBA looks for in practice.
func agreementClausesENforNL() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClauseNatureManager: {Title: "Nature of the agreement", Body: "This agreement is a contract for services (overeenkomst van opdracht) within the meaning of Article 7:400 et seq. of the Dutch Civil Code between independent businesses. The Parties expressly do not intend to enter into a contract of employment; the Manager is not subordinate to the Firm or to the Client.\n\n" +
			"The Parties also work in practice as independent parties, as the Dutch Employment Relationships (Deregulation) Act (Wet DBA) requires: the Manager receives no instructions on how the work is done and organises it; the Contractor works for its own account and risk and with its own means; it is free to work for others as long as this does not conflict with the assignment; and the assignment is temporary: it runs as set out in article {art_term}. The Contractor bears the taxes and contributions due on its fee."},
		ClauseNoticeManager: reword(agreementClausesEN()[ClauseNoticeManager], "enters judicial reorganisation", "is granted a suspension of payments (surseance van betaling)"),
	}
}

// agreementClausesENforBE: the manager agreement under Belgian law, with
// the criteria of the Employment Relationships Act.
func agreementClausesENforBE() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClauseNatureManager: {Title: "Nature of the agreement", Body: "This agreement is a contract for services between independent businesses. The Contractor and the Manager carry out the assignment in full independence, without any relationship of subordination to the Firm or the Client. The Parties expressly do not intend to enter into a contract of employment and, in accordance with the Employment Relationships Act (Title XIII of the Programme Act (I) of 27 December 2006), also act in practice as independent parties.\n\n" +
			"The Manager organises the work and working time freely, within the authority the Client delegates; the Firm exercises no hierarchical authority over the Manager. The Contractor is free to work for others as long as this does not conflict with the assignment, and bears the social security contributions and taxes due on the fee."},
	}
}
