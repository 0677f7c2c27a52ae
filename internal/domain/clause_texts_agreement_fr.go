package domain

// Les textes français des deux conventions d’un mandat. La convention
// client (le Cabinet et le Client) reprend les articles de la convention à
// trois parties, sauf les parties et la propriété intellectuelle : le
// Manager ne la signe pas. La convention de management (le Cabinet et la
// société du Manager, « le Prestataire ») est conclue en miroir de la
// convention client. Une espace insécable tient la ponctuation haute à son
// mot.
func agreementClausesFR() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClausePartiesClient: {Title: "Parties", Body: "Le Cabinet et le Client, identifiés ci-dessus, sont ci-après dénommés ensemble «\u00a0les Parties\u00a0» et individuellement «\u00a0une Partie\u00a0».\n\n" +
			"Le Cabinet fait exécuter la mission par {manager} (ci-après «\u00a0le Manager\u00a0»), avec qui il a conclu une convention distincte. Le Manager n’est pas partie à la présente convention\u00a0; le Cabinet se porte fort de l’exécution personnelle de la mission par le Manager et du respect, par celui-ci, des dispositions de la présente convention qui le concernent."},
		ClauseIPClient: {Title: "Propriété intellectuelle", Body: "Le Cabinet cède par la présente au Client les droits de propriété intellectuelle sur les rapports, modèles, plans et autres livrables que le Cabinet et le Manager réalisent pour le Client dans le cadre de la mission, pour tous les modes d’exploitation, pour le monde entier et pour toute la durée de ces droits\u00a0; le Cabinet a obtenu à cette fin les droits du Manager. La cession prend effet dès que le Client a payé les honoraires afférents à ces livrables\u00a0; jusque-là, il peut les utiliser au sein de sa propre organisation.\n\n" +
			"Les documents, données et autres éléments que le Client met à disposition restent sa propriété et ne sont utilisés que pour la mission.\n\n" +
			"Le Cabinet et le Manager conservent leurs droits sur les méthodes, modèles, canevas, logiciels et savoir-faire développés avant la mission ou en dehors de celle-ci, et restent libres d’utiliser leurs connaissances et leur expérience générales, dans le respect de l’article {art_confidentiality}. Dans la mesure où de tels éléments sont intégrés aux livrables, le Client reçoit un droit gratuit, non exclusif et perpétuel de les utiliser avec ces livrables."},

		ClausePartiesManager: {Title: "Parties", Body: "Le Cabinet et le Prestataire, identifiés ci-dessus, sont ci-après dénommés ensemble «\u00a0les Parties\u00a0» et individuellement «\u00a0une Partie\u00a0».\n\n" +
			"Le Prestataire se porte fort de l’exécution personnelle de la mission par le Manager et du respect, par celui-ci, des obligations de la présente convention. Il ne remplace pas le Manager sans l’accord écrit préalable du Cabinet."},
		ClauseAssignmentManager: {Title: "Mission", Body: "Le Cabinet a conclu avec {client} (ci-après «\u00a0le Client\u00a0») une convention de management de transition (ci-après «\u00a0la Convention client\u00a0»). Le Cabinet charge le Prestataire de faire exécuter cette mission par le Manager. Pendant la durée de la présente convention, le Manager exerce auprès du Client la fonction suivante\u00a0: {role}.\n\n" +
			"Le Manager poursuit les objectifs énoncés ci-dessous et transmet la fonction dès que les critères de sortie sont remplis. Le Cabinet communique au Prestataire les dispositions de la Convention client utiles à l’exécution de la mission, notamment les pouvoirs que le Client délègue au Manager."},
		ClauseTermManager: {Title: "Début et durée", Body: "La mission s’exécute {period}, soit la même période que la Convention client. Si la Convention client est prolongée, la présente convention est prolongée jusqu’à la même date dès que les Parties le confirment par écrit.\n\n" +
			"La présente convention prend fin de plein droit le jour où la Convention client prend fin, pour quelque raison que ce soit. Le Cabinet en informe le Prestataire sans délai."},
		ClauseTimeManager: {Title: "Temps consacré", Body: "Le Manager consacre en moyenne {days_per_week} à la mission, comme convenu dans la Convention client. Il planifie ces jours en concertation avec le Client, selon les besoins de la mission\u00a0; aucun horaire fixe ne s’applique.\n\n" +
			"Le Manager décide lui-même de ses indisponibilités. S’il est indisponible plus d’une semaine, il s’en accorde en temps utile avec le Client et avec le Cabinet."},
		ClauseFeeManager: {Title: "Rémunération", Body: "Le Cabinet paie au Prestataire une rémunération de {day_rate} par jour presté, hors TVA.\n\n" +
			"La rémunération n’est due que pour les jours approuvés par le Client\u00a0; les jours non prestés ou non approuvés ne sont pas rémunérés."},
		ClauseInvoicingManager: {Title: "Facturation et paiement", Body: "Le Prestataire facture le Cabinet chaque mois à terme échu pour les jours du mois écoulé que le Client a approuvés, en joignant le relevé approuvé de ces jours.\n\n" +
			"Le Cabinet paie les factures {payment_term}. Une facture qui ne correspond pas au relevé approuvé est payée dès qu’elle a été rectifiée."},
		ClauseExpensesManager: {Title: "Frais", Body: "La rémunération couvre tous les frais du Prestataire et du Manager, y compris les déplacements entre leur domicile et les sites du Client. D’autres frais ne sont remboursés que si le Client les a approuvés préalablement par écrit et les rembourse au Cabinet, au prix coûtant, hors TVA, sur présentation des justificatifs."},
		ClauseNoticeManager: {Title: "Résiliation et fin anticipée", Body: "Chaque Partie peut résilier la présente convention avant son terme par lettre recommandée ou par courrier électronique avec accusé de réception, moyennant un préavis de {notice_period}. Si le Client résilie la Convention client, la présente convention prend fin le même jour. La rémunération est due pour les jours approuvés prestés jusqu’alors.\n\n" +
			"Chaque Partie peut mettre fin à la présente convention avec effet immédiat et sans indemnité si l’autre Partie manque gravement à ses obligations et n’y remédie pas dans les huit jours d’une mise en demeure écrite, ou si l’autre Partie est déclarée en faillite, entre en réorganisation judiciaire ou est mise en liquidation.\n\n" +
			"La présente convention prend fin de plein droit si le Manager est durablement dans l’impossibilité d’exécuter la mission."},
		ClauseConfidentialityManager: {Title: "Confidentialité", Body: "Le Prestataire et le Manager gardent confidentielles toutes les informations relatives au Client, à son entreprise et au Cabinet obtenues dans le cadre de la mission et ne les utilisent qu’aux fins de celle-ci\u00a0; il en va de même du contenu de la présente convention. Cette obligation reste en vigueur pendant cinq ans après la fin de la présente convention. Elle ne s’applique pas aux informations publiques ni à celles dont la divulgation est imposée par la loi ou par une décision de justice ou d’une autorité de contrôle.\n\n" +
			"Les documents et données du Client et du Cabinet sont restitués ou détruits à la fin de la mission."},
		ClausePrivacyManager: {Title: "Données à caractère personnel", Body: "Chaque Partie traite les données à caractère personnel conformément au règlement général sur la protection des données (règlement (UE) 2016/679). Le Cabinet ne traite les données à caractère personnel du Manager que pour exécuter la présente convention et respecter ses obligations légales, et ne les conserve pas plus longtemps que nécessaire à ces fins.\n\n" +
			"Le Manager ne traite les données à caractère personnel du Client, de son personnel et de ses relations que pour la mission et conformément aux instructions et aux politiques du Client. Le Prestataire notifie sans délai toute violation de données à caractère personnel au Client et au Cabinet."},
		ClauseIPManager: {Title: "Propriété intellectuelle", Body: "Le Prestataire cède par la présente au Cabinet les droits de propriété intellectuelle sur les rapports, modèles, plans et autres livrables que le Manager réalise pour le Client dans le cadre de la mission, pour tous les modes d’exploitation, pour le monde entier et pour toute la durée de ces droits, afin que le Cabinet puisse les céder au Client comme le prévoit la Convention client. À la demande du Cabinet, le Prestataire les cède directement au Client. La rémunération de l’article {art_fee} couvre cette cession.\n\n" +
			"Le Prestataire et le Manager conservent leurs droits sur les méthodes, modèles, canevas et savoir-faire développés avant la mission ou en dehors de celle-ci, et restent libres d’utiliser leurs connaissances et leur expérience générales, dans le respect de l’article {art_confidentiality}. Dans la mesure où de tels éléments sont intégrés aux livrables, le Cabinet et le Client reçoivent un droit gratuit, non exclusif et perpétuel de les utiliser avec ces livrables."},
		ClauseNonSolicitManager: {Title: "Travail direct pour le Client", Body: "Pendant la mission et durant {non_solicitation_period} après sa fin, le Prestataire et le Manager s’interdisent de travailler pour le Client autrement que par le Cabinet, directement ou par l’intermédiaire d’un tiers, et le Manager s’interdit d’entrer au service du Client, sans l’accord écrit préalable du Cabinet.\n\n" +
			"Pour chaque manquement, le Prestataire doit au Cabinet une indemnité forfaitaire égale à la rémunération de soixante jours prestés au tarif journalier de la présente convention."},
		ClauseInsuranceManager: {Title: "Assurance", Body: "Le Prestataire dispose d’une assurance de responsabilité civile professionnelle couvrant la mission et en justifie sur demande du Cabinet. Il assure lui-même le Manager contre la maladie, les accidents et l’incapacité de travail.\n\n" +
			"Le Cabinet demande au Client de couvrir le Manager par son assurance de responsabilité des dirigeants pendant la durée de la mission, comme le prévoit la Convention client."},
		ClauseFinalManager: {Title: "Dispositions finales", Body: "La présente convention contient l’intégralité de l’accord des Parties sur la mission et prévaut sur tout accord antérieur. Toute modification ou tout ajout n’est valable que s’il est convenu par écrit.\n\n" +
			"Si une disposition s’avère nulle ou inapplicable, les autres dispositions restent en vigueur et les Parties la remplacent par une disposition valable aussi proche que possible de son objectif. Les conditions générales du Prestataire ne s’appliquent pas."},
	}
}

// agreementClausesFRforNL : la convention de management en droit
// néerlandais, avec les critères du travail indépendant que la Wet DBA
// examine dans les faits.
func agreementClausesFRforNL() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClauseNatureManager: {Title: "Nature de la convention", Body: "La présente convention est un contrat de mission (overeenkomst van opdracht) au sens des articles 7:400 et suivants du Code civil néerlandais entre entreprises indépendantes. Les Parties entendent expressément ne pas conclure de contrat de travail\u00a0; le Manager n’est pas subordonné au Cabinet ni au Client.\n\n" +
			"Les Parties travaillent également dans les faits en parties indépendantes, comme l’exige la loi néerlandaise sur la déréglementation de l’évaluation des relations de travail (Wet DBA)\u00a0: le Manager ne reçoit pas d’instructions sur la manière d’exécuter le travail et l’organise lui-même\u00a0; le Prestataire travaille pour son propre compte et à ses propres risques, avec ses propres moyens\u00a0; il reste libre de travailler pour d’autres, pour autant que cela ne nuise pas à la mission\u00a0; et la mission est temporaire\u00a0: elle s’exécute comme le prévoit l’article {art_term}. Le Prestataire supporte les impôts et cotisations dus sur sa rémunération."},
		ClauseNoticeManager: reword(agreementClausesFR()[ClauseNoticeManager], "entre en réorganisation judiciaire", "obtient un sursis de paiement (surseance van betaling)"),
	}
}

// agreementClausesFRforBE : la convention de management en droit belge,
// avec les critères de la loi sur la nature des relations de travail.
func agreementClausesFRforBE() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClauseNatureManager: {Title: "Nature de la convention", Body: "La présente convention est un contrat d’entreprise de services entre entreprises indépendantes. Le Prestataire et le Manager exécutent la mission en toute autonomie, sans aucun lien de subordination à l’égard du Cabinet ou du Client. Les Parties entendent expressément ne pas conclure de contrat de travail et, conformément à la loi sur la nature des relations de travail (titre XIII de la loi-programme (I) du 27 décembre 2006), se comportent également dans les faits en parties indépendantes.\n\n" +
			"Le Manager organise librement son travail et son temps de travail, dans les limites des pouvoirs que délègue le Client\u00a0; le Cabinet n’exerce sur lui aucune autorité hiérarchique. Le Prestataire reste libre de travailler pour d’autres, pour autant que cela ne nuise pas à la mission, et assume les cotisations sociales et impôts dus sur la rémunération."},
	}
}
