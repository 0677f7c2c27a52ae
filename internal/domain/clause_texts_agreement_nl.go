package domain

// De Nederlandstalige teksten van de twee overeenkomsten van een mandaat.
// De klantovereenkomst (Bureau en Opdrachtgever) neemt de artikelen van de
// driepartijenovereenkomst over, behalve de partijen en de intellectuele
// eigendom: de Manager tekent haar niet. De managementovereenkomst (Bureau
// en de vennootschap van de Manager, “de Opdrachtnemer”) loopt rug aan rug
// met de klantovereenkomst. Woorden die in Nederland en België verschillen,
// staan in de teksten per rechtsgebied onderaan.
func agreementClausesNL() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClausePartiesClient: {Title: "Partijen", Body: "Het Bureau en de Opdrachtgever, hierboven vermeld, worden hierna samen “Partijen” en elk afzonderlijk “Partij” genoemd.\n\n" +
			"Het Bureau laat de opdracht uitvoeren door {manager} (hierna “de Manager”), met wie het een afzonderlijke overeenkomst heeft. De Manager is geen partij bij deze overeenkomst; het Bureau garandeert dat de Manager de opdracht persoonlijk uitvoert en de bepalingen van deze overeenkomst naleeft die de Manager betreffen."},
		ClauseIPClient: {Title: "Intellectuele eigendom", Body: "Het Bureau draagt hierbij aan de Opdrachtgever de intellectuele-eigendomsrechten over op de rapporten, modellen, plannen en andere resultaten die het Bureau en de Manager voor de Opdrachtgever bij de opdracht maken, voor alle wijzen van exploitatie, wereldwijd en voor de hele duur van die rechten; het Bureau heeft de rechten van de Manager daartoe verkregen. De overdracht gaat in zodra de Opdrachtgever het honorarium voor die resultaten heeft betaald; tot dan mag hij ze voor zijn eigen organisatie gebruiken.\n\n" +
			"Documenten, gegevens en ander materiaal die de Opdrachtgever ter beschikking stelt, blijven zijn eigendom en worden alleen voor de opdracht gebruikt.\n\n" +
			"Het Bureau en de Manager behouden hun rechten op de methoden, modellen, sjablonen, software en knowhow die zij vóór of buiten de opdracht hebben ontwikkeld, en blijven vrij hun algemene kennis en ervaring te gebruiken, met inachtneming van artikel {art_confidentiality}. Voor zover zulke elementen in de resultaten zijn verwerkt, krijgt de Opdrachtgever een kosteloos, niet-exclusief en blijvend recht om ze met die resultaten te gebruiken."},

		ClausePartiesManager: {Title: "Partijen", Body: "Het Bureau en de Opdrachtnemer, hierboven vermeld, worden hierna samen “Partijen” en elk afzonderlijk “Partij” genoemd.\n\n" +
			"De Opdrachtnemer garandeert dat de Manager de opdracht persoonlijk uitvoert en de verplichtingen van deze overeenkomst naleeft. Hij laat de Manager niet vervangen zonder voorafgaande schriftelijke toestemming van het Bureau."},
		ClauseAssignmentManager: {Title: "Opdracht", Body: "Het Bureau heeft met {client} (hierna “de Opdrachtgever”) een overeenkomst tot interimmanagement gesloten (hierna “de Klantovereenkomst”). Het Bureau geeft de Opdrachtnemer opdracht die opdracht door de Manager te laten uitvoeren. Voor de duur van deze overeenkomst vervult de Manager bij de Opdrachtgever de volgende functie: {role}.\n\n" +
			"De Manager streeft de hieronder vermelde doelstellingen na en draagt de functie over zodra de exitcriteria zijn bereikt. Het Bureau deelt de Opdrachtnemer de bepalingen van de Klantovereenkomst mee die voor de uitvoering van de opdracht van belang zijn, zoals de bevoegdheden die de Opdrachtgever aan de Manager delegeert."},
		ClauseTermManager: {Title: "Aanvang en duur", Body: "De opdracht loopt {period}, dezelfde periode als de Klantovereenkomst. Wordt de Klantovereenkomst verlengd, dan wordt deze overeenkomst tot dezelfde einddatum verlengd zodra Partijen dat schriftelijk bevestigen.\n\n" +
			"Deze overeenkomst eindigt van rechtswege op de dag waarop de Klantovereenkomst om welke reden ook eindigt. Het Bureau meldt dat de Opdrachtnemer onverwijld."},
		ClauseTimeManager: {Title: "Tijdsbesteding", Body: "De Manager besteedt gemiddeld {days_per_week} aan de opdracht, zoals in de Klantovereenkomst is afgesproken. De Manager plant die dagen in overleg met de Opdrachtgever, naar wat de opdracht vraagt; er gelden geen vaste werktijden.\n\n" +
			"De Manager bepaalt zelf wanneer hij niet beschikbaar is. Is hij langer dan een week niet beschikbaar, dan stemt hij dat tijdig af met de Opdrachtgever en met het Bureau."},
		ClauseFeeManager: {Title: "Vergoeding", Body: "Het Bureau betaalt de Opdrachtnemer een vergoeding van {day_rate} per gewerkte dag, exclusief btw.\n\n" +
			"De vergoeding is alleen verschuldigd voor de dagen die de Opdrachtgever heeft goedgekeurd; dagen die niet zijn gewerkt of niet zijn goedgekeurd, worden niet vergoed."},
		ClauseInvoicingManager: {Title: "Facturatie en betaling", Body: "De Opdrachtnemer factureert het Bureau maandelijks achteraf voor de dagen van de afgelopen maand die de Opdrachtgever heeft goedgekeurd, met het goedgekeurde overzicht van die dagen als bijlage.\n\n" +
			"Het Bureau betaalt de facturen {payment_term}. Een factuur die niet met het goedgekeurde overzicht overeenstemt, wordt betaald zodra zij is verbeterd."},
		ClauseExpensesManager: {Title: "Kosten", Body: "De vergoeding omvat alle kosten van de Opdrachtnemer en de Manager, ook de reizen tussen woonplaats en de vestigingen van de Opdrachtgever. Andere kosten worden alleen vergoed wanneer de Opdrachtgever ze vooraf schriftelijk heeft goedgekeurd en ze het Bureau vergoedt, tegen kostprijs, exclusief btw, op vertoon van bewijsstukken."},
		ClauseNoticeManager: {Title: "Opzegging en voortijdige beëindiging", Body: "Elke Partij kan deze overeenkomst vóór het einde ervan opzeggen per aangetekende brief of per e-mail met ontvangstbevestiging, met inachtneming van een opzegtermijn van {notice_period}. Zegt de Opdrachtgever de Klantovereenkomst op, dan eindigt deze overeenkomst op dezelfde dag. De vergoeding is verschuldigd voor de goedgekeurde dagen die tot dan zijn gewerkt.\n\n" +
			"Elke Partij kan deze overeenkomst met onmiddellijke ingang en zonder vergoeding beëindigen wanneer de andere Partij haar verplichtingen ernstig schendt en dat niet herstelt binnen acht dagen na een schriftelijke ingebrekestelling, of wanneer de andere Partij failliet wordt verklaard, in gerechtelijke reorganisatie gaat of wordt geliquideerd.\n\n" +
			"Deze overeenkomst eindigt van rechtswege wanneer de Manager blijvend niet in staat is de opdracht uit te voeren."},
		ClauseConfidentialityManager: {Title: "Geheimhouding", Body: "De Opdrachtnemer en de Manager houden alle informatie over de Opdrachtgever, zijn onderneming en het Bureau die zij bij de opdracht verkrijgen geheim en gebruiken die alleen voor de opdracht; dat geldt ook voor de inhoud van deze overeenkomst. Deze verplichting blijft tot vijf jaar na het einde van deze overeenkomst van kracht. Zij geldt niet voor informatie die openbaar is of die krachtens de wet of op bevel van een rechter of toezichthouder moet worden bekendgemaakt.\n\n" +
			"Documenten en gegevens van de Opdrachtgever en van het Bureau worden aan het einde van de opdracht teruggegeven of vernietigd."},
		ClausePrivacyManager: {Title: "Persoonsgegevens", Body: "Elke Partij verwerkt persoonsgegevens overeenkomstig de Algemene Verordening Gegevensbescherming (Verordening (EU) 2016/679). Het Bureau verwerkt de persoonsgegevens van de Manager alleen om deze overeenkomst uit te voeren en zijn wettelijke verplichtingen na te komen, en bewaart ze niet langer dan daarvoor nodig is.\n\n" +
			"Persoonsgegevens van de Opdrachtgever, zijn personeel en zijn relaties verwerkt de Manager alleen voor de opdracht en volgens de instructies en het beleid van de Opdrachtgever. De Opdrachtnemer meldt een inbreuk in verband met persoonsgegevens onverwijld aan de Opdrachtgever en aan het Bureau."},
		ClauseIPManager: {Title: "Intellectuele eigendom", Body: "De Opdrachtnemer draagt hierbij aan het Bureau de intellectuele-eigendomsrechten over op de rapporten, modellen, plannen en andere resultaten die de Manager bij de opdracht voor de Opdrachtgever maakt, voor alle wijzen van exploitatie, wereldwijd en voor de hele duur van die rechten, zodat het Bureau ze aan de Opdrachtgever kan overdragen zoals de Klantovereenkomst bepaalt. Op verzoek van het Bureau draagt de Opdrachtnemer ze rechtstreeks aan de Opdrachtgever over. De vergoeding van artikel {art_fee} omvat deze overdracht.\n\n" +
			"De Opdrachtnemer en de Manager behouden hun rechten op de methoden, modellen, sjablonen en knowhow die zij vóór of buiten de opdracht hebben ontwikkeld, en blijven vrij hun algemene kennis en ervaring te gebruiken, met inachtneming van artikel {art_confidentiality}. Voor zover zulke elementen in de resultaten zijn verwerkt, krijgen het Bureau en de Opdrachtgever een kosteloos, niet-exclusief en blijvend recht om ze met die resultaten te gebruiken."},
		ClauseNonSolicitManager: {Title: "Rechtstreeks werk voor de Opdrachtgever", Body: "Tijdens de opdracht en gedurende {non_solicitation_period} na het einde ervan werken de Opdrachtnemer en de Manager niet voor de Opdrachtgever anders dan via het Bureau, rechtstreeks of via een derde, en treedt de Manager niet bij de Opdrachtgever in dienst, zonder voorafgaande schriftelijke toestemming van het Bureau.\n\n" +
			"Voor elke overtreding is de Opdrachtnemer het Bureau een forfaitaire vergoeding verschuldigd gelijk aan de vergoeding van zestig gewerkte dagen tegen de dagvergoeding van deze overeenkomst."},
		ClauseInsuranceManager: {Title: "Verzekering", Body: "De Opdrachtnemer heeft een beroepsaansprakelijkheidsverzekering die de opdracht dekt en toont die op verzoek aan het Bureau. Hij verzekert de Manager zelf tegen ziekte, ongevallen en arbeidsongeschiktheid.\n\n" +
			"Het Bureau vraagt de Opdrachtgever de Manager voor de duur van de opdracht onder zijn bestuurdersaansprakelijkheidsverzekering te dekken, zoals de Klantovereenkomst bepaalt."},
		ClauseFinalManager: {Title: "Slotbepalingen", Body: "Deze overeenkomst bevat alles wat Partijen over de opdracht zijn overeengekomen en heeft voorrang boven eerdere afspraken. Wijzigingen en aanvullingen gelden alleen als zij schriftelijk zijn overeengekomen.\n\n" +
			"Blijkt een bepaling nietig of niet afdwingbaar, dan blijven de overige bepalingen van kracht en vervangen Partijen haar door een geldige bepaling die de bedoeling ervan zo dicht mogelijk benadert. Algemene voorwaarden van de Opdrachtnemer zijn niet van toepassing."},
	}
}

// agreementClausesNLforNL: de managementovereenkomst naar Nederlands recht,
// met de kenmerken van zelfstandig werk die de Wet DBA in de praktijk
// toetst, en de surseance van betaling.
func agreementClausesNLforNL() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClauseNatureManager: {Title: "Aard van de overeenkomst", Body: "Deze overeenkomst is een overeenkomst van opdracht in de zin van artikel 7:400 e.v. van het Burgerlijk Wetboek tussen zelfstandige ondernemingen. Partijen beogen uitdrukkelijk geen arbeidsovereenkomst te sluiten; de Manager is niet ondergeschikt aan het Bureau of aan de Opdrachtgever.\n\n" +
			"Partijen werken ook in de praktijk als zelfstandige partijen, zoals de Wet deregulering beoordeling arbeidsrelaties (Wet DBA) vraagt: de Manager ontvangt geen aanwijzingen over de wijze waarop het werk wordt uitgevoerd en richt het zelf in; de Opdrachtnemer werkt voor eigen rekening en risico en met eigen middelen; hij is vrij om ook voor anderen te werken, zolang dat niet strijdig is met de opdracht; en de opdracht is tijdelijk: zij loopt zoals bepaald in artikel {art_term}. De Opdrachtnemer draagt zelf de belastingen en premies over zijn vergoeding."},
		ClauseNoticeManager: reword(agreementClausesNL()[ClauseNoticeManager], "in gerechtelijke reorganisatie gaat", "surseance van betaling krijgt"),
	}
}

// agreementClausesNLforBE: de managementovereenkomst naar Belgisch recht,
// met de criteria van de Arbeidsrelatiewet.
func agreementClausesNLforBE() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClauseNatureManager: {Title: "Aard van de overeenkomst", Body: "Deze overeenkomst is een overeenkomst van aanneming van diensten tussen zelfstandige ondernemingen. De Opdrachtnemer en de Manager voeren de opdracht uit in volledige onafhankelijkheid, zonder enige band van ondergeschiktheid ten aanzien van het Bureau of de Opdrachtgever. Partijen hebben uitdrukkelijk niet de bedoeling een arbeidsovereenkomst te sluiten en gedragen zich, overeenkomstig de Arbeidsrelatiewet (titel XIII van de programmawet (I) van 27 december 2006), ook in de praktijk als zelfstandige partijen.\n\n" +
			"De Manager organiseert vrij het werk en de werktijd, binnen de bevoegdheden die de Opdrachtgever delegeert; het Bureau oefent geen hiërarchisch gezag over hem uit. De Opdrachtnemer mag ook voor anderen werken, zolang dat niet strijdig is met de opdracht, en staat zelf in voor de sociale bijdragen en belastingen op de vergoeding."},
	}
}
