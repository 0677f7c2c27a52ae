package domain

// Les clauses en français. La convention désigne les parties comme le
// Cabinet, le Client et le Manager ; une espace insécable (\u00a0) tient la
// ponctuation haute à son mot. Une ligne vide ouvre un nouvel alinéa numéroté.
func clausesFR() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClausePartiesInterim: {Title: "Parties", Body: "Le Cabinet, le Client et le Manager, identifiés ci-dessus, sont ci-après dénommés ensemble «\u00a0les Parties\u00a0» et individuellement «\u00a0une Partie\u00a0».\n\n" +
			"Lorsque le Manager intervient par l’intermédiaire d’une société de management, celle-ci est partie à la convention et se porte fort de l’exécution personnelle de la mission par le Manager."},
		ClausePartiesConsulting: {Title: "Parties", Body: "Le Cabinet et le Client, identifiés ci-dessus, sont ci-après dénommés ensemble «\u00a0les Parties\u00a0» et individuellement «\u00a0une Partie\u00a0»."},

		ClauseAssignmentInterim: {Title: "Mission", Body: "Le Client confie au Cabinet une mission de management de transition. Le Cabinet la fait exécuter par le Manager. Pendant la durée de la présente convention, le Manager exerce auprès du Client la fonction suivante\u00a0: {role}.\n\n" +
			"Le Manager poursuit les objectifs énoncés ci-dessous et transmet la fonction dès que les critères de sortie sont remplis. Le Manager rend compte au conseil d’administration du Client ou à la personne que celui-ci désigne."},
		ClauseAssignmentConsulting: {Title: "Mission", Body: "Le Client confie au Cabinet une mission de conseil, dont le périmètre et la démarche sont décrits ci-dessous.\n\n" +
			"Toute extension du périmètre est convenue préalablement par écrit, avec ses conséquences sur les honoraires et le calendrier."},

		ClauseAuthority: {Title: "Pouvoirs", Body: "Pendant la durée de la mission, le Client délègue au Manager les pouvoirs attachés à la fonction décrite à l’article {art_assignment}, dans les limites de la loi, des statuts du Client et de ses règles internes de délégation.\n\n" +
			"Le Client accorde les procurations et mandats bancaires nécessaires, en informe son personnel et les tiers si besoin et les révoque à la fin de la mission. Les décisions qui excèdent ces limites sont prises par le conseil d’administration du Client."},
		ClauseDeliverables: {Title: "Livrables", Body: "Le Cabinet remet au Client les livrables énumérés ci-dessous.\n\n" +
			"Un livrable est réputé accepté lorsque le Client n’a formulé aucune objection motivée dans les dix jours ouvrables de sa réception\u00a0; le Cabinet remédie aux manquements fondés dans un délai raisonnable."},

		ClauseTermInterim: {Title: "Début et durée", Body: "La mission s’exécute {period}. Une prolongation est convenue par écrit avec sa nouvelle date de fin et laisse la présente convention inchangée pour le surplus.\n\n" +
			"La mission prend fin plus tôt lorsque les Parties constatent que les critères de sortie sont remplis, ou par résiliation conformément à l’article {art_notice}."},
		ClauseTermConsulting: {Title: "Début et durée", Body: "La mission s’exécute {period}\u00a0; la date de fin est la date prévue de remise du dernier livrable. Le Cabinet informe sans délai le Client de tout ce qui menace ce calendrier."},

		ClauseTime: {Title: "Disponibilité", Body: "Le Manager consacre en moyenne {days_per_week} à la mission. Il planifie ces jours en concertation avec le Client, selon les besoins de la mission\u00a0; aucun horaire fixe ne s’applique.\n\n" +
			"Le Manager décide lui-même de ses périodes d’indisponibilité. S’il est indisponible plus d’une semaine, il en informe le Client en temps utile et assure lui-même la continuité de la mission."},

		ClauseFeeInterim: {Title: "Honoraires et facturation", Body: "Le Client paie au Cabinet des honoraires de {day_rate} par jour presté, hors TVA. Le Cabinet facture mensuellement à terme échu, sur la base d’un relevé des jours prestés approuvé par le Client. Les jours non prestés ne sont pas facturés.\n\n" +
			"Les factures sont payables {payment_term}. En cas de retard de paiement, l’intérêt légal applicable aux transactions commerciales est dû de plein droit et sans mise en demeure."},
		ClauseFeeConsulting: {Title: "Honoraires et facturation", Body: "Pour la mission telle que décrite, le Client paie au Cabinet des honoraires forfaitaires de {fee}, hors TVA. Le Cabinet facture chaque phase à son achèvement, comme indiqué ci-dessous, ou, à défaut de phases, la totalité des honoraires à la remise des livrables.\n\n" +
			"Les factures sont payables {payment_term}. Les travaux hors du périmètre de la mission ne sont exécutés et facturés qu’après accord écrit."},

		ClauseExpenses: {Title: "Frais", Body: "Les honoraires couvrent tous les frais du Cabinet et de ceux qui exécutent la mission pour son compte, y compris les déplacements entre leur domicile et les sites du Client. Les autres frais de déplacement et de séjour engagés à la demande du Client, ainsi que les autres frais qu’il a approuvés préalablement par écrit, sont remboursés au prix coûtant, hors TVA, sur présentation des justificatifs."},

		ClauseNoticeInterim: {Title: "Préavis et fin anticipée", Body: "Chaque Partie peut résilier la présente convention avant son terme par lettre recommandée ou par courriel avec accusé de réception, moyennant un préavis de {notice_period}. Le préavis prend cours le lendemain de sa notification\u00a0; la mission prend fin le dernier jour du préavis et au plus tard à la date de fin prévue. Les honoraires sont dus pour les jours prestés jusqu’à cette date.\n\n" +
			"Chaque Partie peut mettre fin à la présente convention avec effet immédiat et sans indemnité lorsqu’une autre Partie manque gravement à ses obligations et n’y remédie pas dans les huit jours d’une mise en demeure écrite, ou lorsqu’une autre Partie est déclarée en faillite, entre en réorganisation judiciaire ou est mise en liquidation.\n\n" +
			"La présente convention prend fin de plein droit si le Manager est durablement dans l’impossibilité d’exécuter la mission\u00a0; le Cabinet propose alors sans délai un remplaçant."},
		ClauseNoticeConsulting: {Title: "Préavis et fin anticipée", Body: "Le Client peut résilier la mission à tout moment par écrit moyennant un préavis de {notice_period}\u00a0; le Cabinet ne le peut que pour de justes motifs. Le Client paie alors les travaux réalisés jusqu’à la fin du préavis, au prorata des honoraires forfaitaires, et reçoit les résultats obtenus jusque-là.\n\n" +
			"Chaque Partie peut mettre fin à la présente convention avec effet immédiat lorsque l’autre manque gravement à ses obligations et n’y remédie pas dans les huit jours d’une mise en demeure écrite, ou lorsque l’autre est déclarée en faillite ou mise en liquidation."},

		ClauseConfidentiality: {Title: "Confidentialité", Body: "Le Cabinet et toute personne qui exécute la mission pour son compte gardent confidentielles toutes les informations relatives au Client et à son entreprise obtenues dans le cadre de la mission et ne les utilisent qu’aux fins de celle-ci. Cette obligation s’étend à leurs collaborateurs et reste en vigueur pendant cinq ans après la fin de la présente convention. Elle ne s’applique pas aux informations publiques ni à celles dont la divulgation est imposée par la loi ou par une décision de justice ou d’une autorité de contrôle.\n\n" +
			"Chaque Partie traite les données à caractère personnel conformément au règlement général sur la protection des données. Les documents et données du Client sont restitués ou détruits à la fin de la mission."},

		ClauseIPInterim: {Title: "Propriété intellectuelle", Body: "Le Cabinet et le Manager cèdent par la présente au Client les droits de propriété intellectuelle sur les rapports, modèles, plans et autres livrables qu’ils réalisent pour le Client dans le cadre de la mission, pour tous les modes d’exploitation, pour le monde entier et pour toute la durée de ces droits. La cession prend effet dès que le Client a payé les honoraires afférents à ces livrables\u00a0; jusque-là, il peut les utiliser au sein de sa propre organisation.\n\n" +
			"Les documents, données et autres éléments que le Client met à disposition restent sa propriété et ne sont utilisés que pour la mission.\n\n" +
			"Le Cabinet et le Manager conservent leurs droits sur les méthodes, modèles, canevas, logiciels et savoir-faire développés avant la mission ou en dehors de celle-ci, et restent libres d’utiliser leurs connaissances et leur expérience générales, dans le respect de l’article {art_confidentiality}. Dans la mesure où de tels éléments sont intégrés aux livrables, le Client reçoit un droit gratuit, non exclusif et perpétuel de les utiliser avec ces livrables."},
		ClauseIPConsulting: {Title: "Propriété intellectuelle", Body: "Le Cabinet cède par la présente au Client les droits de propriété intellectuelle sur les rapports, modèles, plans et autres livrables qu’il réalise pour le Client dans le cadre de la mission, pour tous les modes d’exploitation, pour le monde entier et pour toute la durée de ces droits. La cession prend effet dès que le Client a payé les honoraires afférents à ces livrables\u00a0; jusque-là, il peut les utiliser au sein de sa propre organisation.\n\n" +
			"Les documents, données et autres éléments que le Client met à disposition restent sa propriété et ne sont utilisés que pour la mission.\n\n" +
			"Le Cabinet conserve ses droits sur les méthodes, modèles, canevas, logiciels et savoir-faire développés avant la mission ou en dehors de celle-ci, et reste libre d’utiliser ses connaissances et son expérience générales, dans le respect de l’article {art_confidentiality}. Dans la mesure où de tels éléments sont intégrés aux livrables, le Client reçoit un droit gratuit, non exclusif et perpétuel de les utiliser avec ces livrables."},

		ClauseNonSolicitInterim: {Title: "Non-sollicitation du Manager", Body: "Pendant la mission et durant {non_solicitation_period} après sa fin, le Client s’interdit d’engager le Manager ou de recourir à ses services, directement ou par l’intermédiaire d’un tiers, autrement que par le Cabinet, sans l’accord écrit préalable de celui-ci.\n\n" +
			"Pour chaque manquement, le Client doit au Cabinet une indemnité forfaitaire égale aux honoraires de soixante jours prestés au tarif journalier de la présente convention."},
		ClauseNonSolicitConsulting: {Title: "Non-sollicitation des collaborateurs", Body: "Pendant la mission et durant {non_solicitation_period} après sa fin, le Client s’interdit d’engager tout collaborateur ou consultant du Cabinet ayant travaillé sur la mission, ou de recourir à ses services, directement ou par l’intermédiaire d’un tiers, sans l’accord écrit préalable du Cabinet.\n\n" +
			"Pour chaque manquement, le Client doit au Cabinet une indemnité forfaitaire égale au quart des honoraires de la présente convention."},

		ClauseLiabilityInterim: {Title: "Responsabilité", Body: "Le Cabinet et le Manager exécutent la mission avec le soin que l’on peut attendre d’un professionnel diligent\u00a0; leurs engagements sont des obligations de moyens et non de résultat.\n\n" +
			"Leur responsabilité pour tout dommage résultant de la mission, quel qu’en soit le fondement, est limitée aux dommages directs et plafonnée aux honoraires facturés en vertu de la présente convention au cours des {liability_period} précédant le fait générateur du dommage. Cette limitation ne s’applique pas en cas de faute intentionnelle ou de faute grave.\n\n" +
			"Le Client garantit le Manager contre toute réclamation de tiers relative à des actes accomplis de bonne foi dans les limites des pouvoirs délégués, sauf faute intentionnelle ou faute grave."},
		ClauseLiabilityConsulting: {Title: "Responsabilité", Body: "Le Cabinet exécute la mission avec le soin que l’on peut attendre d’un professionnel diligent\u00a0; ses engagements sont des obligations de moyens et non de résultat.\n\n" +
			"Sa responsabilité pour tout dommage résultant de la mission, quel qu’en soit le fondement, est limitée aux dommages directs et plafonnée au montant des honoraires de la présente convention, soit {fee}. Cette limitation ne s’applique pas en cas de faute intentionnelle ou de faute grave. Le Cabinet n’est pas responsable des décisions que le Client prend sur la base de ses conseils."},

		ClauseInsuranceInterim: {Title: "Assurance", Body: "Le Cabinet et le Manager (ou sa société de management) disposent chacun d’une assurance de responsabilité civile professionnelle couvrant la mission et en justifient sur demande.\n\n" +
			"Le Client veille à ce que son assurance de responsabilité des dirigeants couvre le Manager pendant la durée de la mission, y compris lorsque le Manager est nommé administrateur ou membre du comité de direction."},
		ClauseInsuranceConsulting: {Title: "Assurance", Body: "Le Cabinet dispose d’une assurance de responsabilité civile professionnelle couvrant la mission et en justifie sur demande."},

		ClauseFinal: {Title: "Dispositions finales", Body: "La présente convention contient l’intégralité de l’accord des Parties sur la mission et prévaut sur la proposition sur laquelle elle repose et sur tout accord antérieur. Toute modification ou tout ajout n’est valable que s’il est convenu par écrit.\n\n" +
			"Si une disposition s’avère nulle ou inapplicable, les autres dispositions restent en vigueur et les Parties la remplacent par une disposition valable aussi proche que possible de son objectif. Les conditions générales du Client ne s’appliquent pas."},

		ClauseSignature: {Title: "Signatures", Body: "Fait en {originals}, chaque Partie reconnaissant avoir reçu le sien."},
	}
}

// clausesFRforNL holds the French texts for a contract under Dutch law:
// the sursis de paiement, the direction and the limit Dutch law sets to a
// limitation of liability.
func clausesFRforNL() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClauseLiabilityInterim: reword(clausesFR()[ClauseLiabilityInterim],
			"faute intentionnelle ou de faute grave", "faute intentionnelle ou d’imprudence consciente (opzet of bewuste roekeloosheid)",
			"sauf faute intentionnelle ou faute grave", "sauf faute intentionnelle ou imprudence consciente"),
		ClauseLiabilityConsulting: reword(clausesFR()[ClauseLiabilityConsulting],
			"faute intentionnelle ou de faute grave", "faute intentionnelle ou d’imprudence consciente (opzet of bewuste roekeloosheid)"),
		ClauseNoticeInterim: reword(clausesFR()[ClauseNoticeInterim],
			"entre en réorganisation judiciaire", "obtient un sursis de paiement (surseance van betaling)"),
		ClauseInsuranceInterim: reword(clausesFR()[ClauseInsuranceInterim],
			"membre du comité de direction", "membre de la direction"),
		ClauseNatureInterim: {Title: "Nature de la convention", Body: "La présente convention est un contrat de mission (overeenkomst van opdracht) au sens des articles 7:400 et suivants du Code civil néerlandais. Les Parties entendent expressément ne pas conclure de contrat de travail. Le Manager n’est pas subordonné au Client\u00a0: il exerce les pouvoirs que lui délègue la présente convention dans les limites de celle-ci et en rend compte, mais ne reçoit pas d’instructions sur la manière d’exécuter son travail.\n\n" +
			"Les Parties travaillent également dans les faits en parties indépendantes, comme l’exige la loi néerlandaise sur la déréglementation de l’évaluation des relations de travail (Wet DBA)\u00a0: le Manager ne reçoit pas d’instructions sur la manière d’exécuter le travail et l’organise lui-même\u00a0; il travaille pour son propre compte et à ses propres risques\u00a0; il reste libre de travailler pour d’autres, pour autant que cela ne nuise pas à la mission\u00a0; il travaille avec ses propres moyens\u00a0; et la mission est temporaire\u00a0: elle s’exécute comme le prévoit l’article {art_term} et prend fin dès que les critères de sortie sont remplis. Aucun horaire fixe ni aucune règle de congé ou d’absence du Client ne s’applique au Manager."},
		ClauseNatureConsulting: {Title: "Nature de la convention", Body: "La présente convention est un contrat de mission (overeenkomst van opdracht) au sens des articles 7:400 et suivants du Code civil néerlandais.\n\n" +
			"Le Cabinet conseille\u00a0; le Client conserve tout pouvoir de décision et reste responsable des décisions qu’il prend sur la base des conseils, ainsi que de leur mise en œuvre. Le Cabinet exécute la mission avec le soin d’un bon prestataire (article 7:401 du Code civil néerlandais)\u00a0; il est tenu d’une obligation de moyens et non de résultat."},
		ClauseLaw: {Title: "Droit applicable et litiges", Body: "La présente convention est régie par le droit néerlandais. Les Parties s’efforcent d’abord de régler tout litige à l’amiable.\n\n" +
			"Les litiges qu’elles ne parviennent pas à régler sont soumis exclusivement au juge compétent du tribunal (rechtbank) de l’arrondissement où le Cabinet a son siège statutaire ({court})."},
	}
}

// clausesFRforBE holds the French texts for a contract under Belgian law.
func clausesFRforBE() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClauseNatureInterim: {Title: "Nature de la convention", Body: "La présente convention est une convention de management. Le Manager exécute la mission en qualité d’indépendant, en toute autonomie et sans aucun lien de subordination à l’égard du Client ou du Cabinet. Les Parties entendent expressément ne pas conclure de contrat de travail et, conformément à la loi sur la nature des relations de travail (titre XIII de la loi-programme (I) du 27 décembre 2006), se comportent également dans les faits en parties indépendantes.\n\n" +
			"Le Manager organise librement son travail et son temps de travail, dans les limites des pouvoirs que délègue la présente convention et des règles de gouvernance de la société du Client, et reste libre de travailler pour d’autres, pour autant que cela ne nuise pas à la mission. Le Manager ou sa société de management assume les cotisations sociales et impôts dus sur sa rémunération."},
		ClauseNatureConsulting: {Title: "Nature de la convention", Body: "La présente convention est un contrat d’entreprise de services. Le Cabinet exécute la mission en toute indépendance, avec son propre personnel et ses propres moyens, sans aucun lien de subordination.\n\n" +
			"Le Cabinet conseille\u00a0; le Client conserve tout pouvoir de décision et reste responsable de ses décisions et de leur mise en œuvre. Les engagements du Cabinet sont des obligations de moyens et non de résultat."},
		ClauseLaw: {Title: "Droit applicable et litiges", Body: "La présente convention est régie par le droit belge. Les Parties s’efforcent d’abord de régler tout litige à l’amiable.\n\n" +
			"Les litiges qu’elles ne parviennent pas à régler relèvent de la compétence exclusive du tribunal de l’entreprise du siège du Cabinet ({court})."},
	}
}
