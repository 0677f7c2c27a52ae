package domain

// De Nederlandstalige clausules. De overeenkomst noemt de partijen het
// Bureau, de Opdrachtgever en de Manager. Woorden die in Nederland en België
// verschillen, staan in de teksten per rechtsgebied onderaan; een lege regel
// begint een nieuw genummerd lid.
func clausesNL() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClausePartiesInterim: {Title: "Partijen", Body: "Het Bureau, de Opdrachtgever en de Manager, hierboven vermeld, worden hierna samen “Partijen” en elk afzonderlijk “Partij” genoemd.\n\n" +
			"Werkt de Manager via een managementvennootschap, dan is die vennootschap contractpartij en garandeert zij dat de Manager de opdracht persoonlijk uitvoert."},
		ClausePartiesConsulting: {Title: "Partijen", Body: "Het Bureau en de Opdrachtgever, hierboven vermeld, worden hierna samen “Partijen” en elk afzonderlijk “Partij” genoemd."},

		ClauseAssignmentInterim: {Title: "Opdracht", Body: "De Opdrachtgever geeft het Bureau opdracht tot interimmanagement. Het Bureau laat de opdracht uitvoeren door de Manager. Voor de duur van deze overeenkomst vervult de Manager bij de Opdrachtgever de volgende functie: {role}.\n\n" +
			"De Manager streeft de hieronder vermelde doelstellingen na en draagt de functie over zodra de exitcriteria zijn bereikt. De Manager legt verantwoording af aan het bestuur van de Opdrachtgever of aan de persoon die het daartoe aanwijst."},
		ClauseAssignmentConsulting: {Title: "Opdracht", Body: "De Opdrachtgever geeft het Bureau een adviesopdracht, waarvan de reikwijdte en de aanpak hieronder zijn beschreven.\n\n" +
			"Een uitbreiding van de reikwijdte wordt vooraf schriftelijk overeengekomen, met de gevolgen ervan voor het honorarium en de planning."},

		ClauseAuthority: {Title: "Bevoegdheden", Body: "Voor de duur van de opdracht delegeert de Opdrachtgever aan de Manager de bevoegdheden die horen bij de functie omschreven in artikel {art_assignment}, binnen de grenzen van de wet, de statuten van de Opdrachtgever en zijn interne delegatieregels.\n\n" +
			"De Opdrachtgever verleent de volmachten en bankmandaten die daarvoor nodig zijn, brengt zijn personeel en derden daarvan zo nodig op de hoogte en trekt ze aan het einde van de opdracht in. Beslissingen buiten deze grenzen neemt het bestuur van de Opdrachtgever."},
		ClauseDeliverables: {Title: "Op te leveren resultaten", Body: "Het Bureau levert de Opdrachtgever de hieronder vermelde resultaten op.\n\n" +
			"Een resultaat is aanvaard wanneer de Opdrachtgever binnen tien werkdagen na ontvangst geen gemotiveerd bezwaar heeft gemaakt; het Bureau verhelpt gegronde tekortkomingen binnen een redelijke termijn."},

		ClauseTermInterim: {Title: "Aanvang en duur", Body: "De opdracht loopt {period}. Een verlenging wordt schriftelijk overeengekomen met de nieuwe einddatum en laat deze overeenkomst voor het overige ongewijzigd.\n\n" +
			"De opdracht eindigt eerder wanneer Partijen vaststellen dat de exitcriteria zijn bereikt, of door opzegging volgens artikel {art_notice}."},
		ClauseTermConsulting: {Title: "Aanvang en duur", Body: "De opdracht loopt {period}; de einddatum is de geplande oplevering van het laatste resultaat. Het Bureau meldt de Opdrachtgever onverwijld alles wat die planning in gevaar brengt."},

		ClauseTime: {Title: "Tijdsbesteding", Body: "De Manager besteedt gemiddeld {days_per_week} aan de opdracht. De Manager plant die dagen in overleg met de Opdrachtgever, naar wat de opdracht vraagt; er gelden geen vaste werktijden.\n\n" +
			"De Manager bepaalt zelf wanneer hij niet beschikbaar is. Is hij langer dan een week niet beschikbaar, dan stemt hij dat tijdig af met de Opdrachtgever en zorgt hij zelf voor de continuïteit van de opdracht."},

		ClauseFeeInterim: {Title: "Honorarium en facturatie", Body: "De Opdrachtgever betaalt het Bureau een honorarium van {day_rate} per gewerkte dag, exclusief btw. Het Bureau factureert maandelijks achteraf, op basis van een door de Opdrachtgever goedgekeurd overzicht van de gewerkte dagen. Niet gewerkte dagen worden niet gefactureerd.\n\n" +
			"Facturen zijn betaalbaar {payment_term}. Bij te late betaling is zonder ingebrekestelling de wettelijke rente voor handelstransacties verschuldigd."},
		ClauseFeeConsulting: {Title: "Honorarium en facturatie", Body: "Voor de opdracht zoals beschreven betaalt de Opdrachtgever het Bureau een vast honorarium van {fee}, exclusief btw. Het Bureau factureert elke fase na afronding, zoals hieronder vermeld, of bij gebreke van fasen het volledige honorarium bij oplevering.\n\n" +
			"Facturen zijn betaalbaar {payment_term}. Werk buiten de reikwijdte wordt alleen na schriftelijk akkoord uitgevoerd en gefactureerd."},

		ClauseExpenses: {Title: "Kosten", Body: "Het honorarium omvat alle kosten van het Bureau en van wie de opdracht namens het Bureau uitvoert, ook de reizen tussen woonplaats en de vestigingen van de Opdrachtgever. Andere reis- en verblijfkosten die op verzoek van de Opdrachtgever worden gemaakt, en andere kosten die hij vooraf schriftelijk heeft goedgekeurd, worden tegen kostprijs, exclusief btw, vergoed op vertoon van bewijsstukken."},

		ClauseNoticeInterim: {Title: "Opzegging en voortijdige beëindiging", Body: "Elke Partij kan deze overeenkomst vóór het einde ervan opzeggen per aangetekende brief of per e-mail met ontvangstbevestiging, met inachtneming van een opzegtermijn van {notice_period}. De opzegtermijn gaat in op de dag na de opzegging; de opdracht eindigt op de laatste dag van de opzegtermijn en uiterlijk op de geplande einddatum. Het honorarium is verschuldigd voor de dagen die tot dan zijn gewerkt.\n\n" +
			"Elke Partij kan deze overeenkomst met onmiddellijke ingang en zonder vergoeding beëindigen wanneer een andere Partij haar verplichtingen ernstig schendt en dat niet herstelt binnen acht dagen na een schriftelijke ingebrekestelling, of wanneer een andere Partij failliet wordt verklaard, in gerechtelijke reorganisatie gaat of wordt geliquideerd.\n\n" +
			"Deze overeenkomst eindigt van rechtswege wanneer de Manager blijvend niet in staat is de opdracht uit te voeren; het Bureau stelt dan onverwijld een vervanger voor."},
		ClauseNoticeConsulting: {Title: "Opzegging en voortijdige beëindiging", Body: "De Opdrachtgever kan de opdracht op elk moment schriftelijk opzeggen met een opzegtermijn van {notice_period}; het Bureau kan dat alleen om ernstige redenen. De Opdrachtgever betaalt dan het werk dat tot het einde van de opzegtermijn is verricht, naar verhouding van het vaste honorarium, en ontvangt de resultaten die tot dan zijn bereikt.\n\n" +
			"Elke Partij kan deze overeenkomst met onmiddellijke ingang beëindigen wanneer de andere haar verplichtingen ernstig schendt en dat niet herstelt binnen acht dagen na een schriftelijke ingebrekestelling, of wanneer de andere failliet wordt verklaard of wordt geliquideerd."},

		ClauseConfidentiality: {Title: "Geheimhouding", Body: "Het Bureau en iedereen die de opdracht namens het Bureau uitvoert, houden alle informatie over de Opdrachtgever en zijn onderneming die zij bij de opdracht verkrijgen geheim en gebruiken die alleen voor de opdracht. Deze verplichting geldt ook voor hun medewerkers en blijft tot vijf jaar na het einde van deze overeenkomst van kracht. Zij geldt niet voor informatie die openbaar is of die krachtens de wet of op bevel van een rechter of toezichthouder moet worden bekendgemaakt.\n\n" +
			"Elke Partij verwerkt persoonsgegevens overeenkomstig de Algemene Verordening Gegevensbescherming. Documenten en gegevens van de Opdrachtgever worden aan het einde van de opdracht teruggegeven of vernietigd."},

		ClauseIPInterim: {Title: "Intellectuele eigendom", Body: "Het Bureau en de Manager dragen hierbij aan de Opdrachtgever de intellectuele-eigendomsrechten over op de rapporten, modellen, plannen en andere resultaten die zij voor de Opdrachtgever bij de opdracht maken, voor alle wijzen van exploitatie, wereldwijd en voor de hele duur van die rechten. De overdracht gaat in zodra de Opdrachtgever het honorarium voor die resultaten heeft betaald; tot dan mag hij ze voor zijn eigen organisatie gebruiken.\n\n" +
			"Documenten, gegevens en ander materiaal die de Opdrachtgever ter beschikking stelt, blijven zijn eigendom en worden alleen voor de opdracht gebruikt.\n\n" +
			"Het Bureau en de Manager behouden hun rechten op de methoden, modellen, sjablonen, software en knowhow die zij vóór of buiten de opdracht hebben ontwikkeld, en blijven vrij hun algemene kennis en ervaring te gebruiken, met inachtneming van artikel {art_confidentiality}. Voor zover zulke elementen in de resultaten zijn verwerkt, krijgt de Opdrachtgever een kosteloos, niet-exclusief en blijvend recht om ze met die resultaten te gebruiken."},
		ClauseIPConsulting: {Title: "Intellectuele eigendom", Body: "Het Bureau draagt hierbij aan de Opdrachtgever de intellectuele-eigendomsrechten over op de rapporten, modellen, plannen en andere resultaten die het voor de Opdrachtgever bij de opdracht maakt, voor alle wijzen van exploitatie, wereldwijd en voor de hele duur van die rechten. De overdracht gaat in zodra de Opdrachtgever het honorarium voor die resultaten heeft betaald; tot dan mag hij ze voor zijn eigen organisatie gebruiken.\n\n" +
			"Documenten, gegevens en ander materiaal die de Opdrachtgever ter beschikking stelt, blijven zijn eigendom en worden alleen voor de opdracht gebruikt.\n\n" +
			"Het Bureau behoudt zijn rechten op de methoden, modellen, sjablonen, software en knowhow die het vóór of buiten de opdracht heeft ontwikkeld, en blijft vrij zijn algemene kennis en ervaring te gebruiken, met inachtneming van artikel {art_confidentiality}. Voor zover zulke elementen in de resultaten zijn verwerkt, krijgt de Opdrachtgever een kosteloos, niet-exclusief en blijvend recht om ze met die resultaten te gebruiken."},

		ClauseNonSolicitInterim: {Title: "Overname van de Manager", Body: "Tijdens de opdracht en gedurende {non_solicitation_period} na het einde ervan neemt de Opdrachtgever de Manager niet in dienst en schakelt hij de Manager niet in, rechtstreeks of via een derde, anders dan via het Bureau, zonder voorafgaande schriftelijke toestemming van het Bureau.\n\n" +
			"Voor elke overtreding is de Opdrachtgever het Bureau een forfaitaire vergoeding verschuldigd gelijk aan het honorarium van zestig gewerkte dagen tegen het dagtarief van deze overeenkomst."},
		ClauseNonSolicitConsulting: {Title: "Overname van medewerkers", Body: "Tijdens de opdracht en gedurende {non_solicitation_period} na het einde ervan neemt de Opdrachtgever geen medewerker of consultant van het Bureau die aan de opdracht heeft gewerkt in dienst en schakelt hij die niet in, rechtstreeks of via een derde, zonder voorafgaande schriftelijke toestemming van het Bureau.\n\n" +
			"Voor elke overtreding is de Opdrachtgever het Bureau een forfaitaire vergoeding verschuldigd gelijk aan een vierde van het honorarium van deze overeenkomst."},

		ClauseLiabilityInterim: {Title: "Aansprakelijkheid", Body: "Het Bureau en de Manager voeren de opdracht uit met de zorg die van een goed vakman mag worden verwacht; hun verplichtingen zijn inspanningsverplichtingen, geen resultaatsverplichtingen.\n\n" +
			"Hun aansprakelijkheid voor schade die uit de opdracht voortvloeit, op welke grond ook, is beperkt tot directe schade en tot het honorarium dat op grond van deze overeenkomst is gefactureerd over de {liability_period} vóór de gebeurtenis die de schade veroorzaakte. Deze beperking geldt niet bij opzet of grove schuld.\n\n" +
			"De Opdrachtgever vrijwaart de Manager voor aanspraken van derden wegens handelingen die de Manager te goeder trouw en binnen de gedelegeerde bevoegdheden heeft verricht, behalve bij opzet of grove schuld."},
		ClauseLiabilityConsulting: {Title: "Aansprakelijkheid", Body: "Het Bureau voert de opdracht uit met de zorg die van een goed vakman mag worden verwacht; zijn verplichtingen zijn inspanningsverplichtingen, geen resultaatsverplichtingen.\n\n" +
			"Zijn aansprakelijkheid voor schade die uit de opdracht voortvloeit, op welke grond ook, is beperkt tot directe schade en tot het honorarium van deze overeenkomst, {fee}. Deze beperking geldt niet bij opzet of grove schuld. Het Bureau is niet aansprakelijk voor de beslissingen die de Opdrachtgever op basis van zijn advies neemt."},

		ClauseInsuranceInterim: {Title: "Verzekering", Body: "Het Bureau en de Manager (of diens managementvennootschap) hebben elk een beroepsaansprakelijkheidsverzekering die de opdracht dekt en tonen die op verzoek aan.\n\n" +
			"De Opdrachtgever zorgt ervoor dat zijn bestuurdersaansprakelijkheidsverzekering de Manager dekt voor de duur van de opdracht, ook wanneer de Manager tot bestuurder of lid van het directiecomité wordt benoemd."},
		ClauseInsuranceConsulting: {Title: "Verzekering", Body: "Het Bureau heeft een beroepsaansprakelijkheidsverzekering die de opdracht dekt en toont die op verzoek aan."},

		ClauseFinal: {Title: "Slotbepalingen", Body: "Deze overeenkomst bevat alles wat Partijen over de opdracht zijn overeengekomen en heeft voorrang boven het voorstel waarop zij berust en op eerdere afspraken. Wijzigingen en aanvullingen gelden alleen als zij schriftelijk zijn overeengekomen.\n\n" +
			"Blijkt een bepaling nietig of niet afdwingbaar, dan blijven de overige bepalingen van kracht en vervangen Partijen haar door een geldige bepaling die de bedoeling ervan zo dicht mogelijk benadert. Algemene voorwaarden van de Opdrachtgever zijn niet van toepassing."},
	}
}

// clausesNLforNL holds the Dutch texts as Dutch law words them: the
// overeenkomst van opdracht, the Wet DBA's concern with the actual practice,
// and "opzet of bewuste roekeloosheid", the limit Dutch courts set to a
// limitation of liability.
func clausesNLforNL() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClauseNatureInterim: {Title: "Aard van de overeenkomst", Body: "Deze overeenkomst is een overeenkomst van opdracht in de zin van artikel 7:400 e.v. van het Burgerlijk Wetboek. Partijen beogen uitdrukkelijk geen arbeidsovereenkomst te sluiten. De Manager is niet ondergeschikt aan de Opdrachtgever: de Manager oefent de bevoegdheden die deze overeenkomst delegeert binnen haar grenzen uit en legt daarover verantwoording af, maar ontvangt geen aanwijzingen over de wijze waarop het werk wordt uitgevoerd.\n\n" +
			"Partijen werken ook in de praktijk als zelfstandige partijen, zoals de Wet deregulering beoordeling arbeidsrelaties (Wet DBA) vraagt: de Manager ontvangt geen aanwijzingen over de wijze waarop het werk wordt uitgevoerd en richt het zelf in; werkt voor eigen rekening en risico; is vrij om ook voor anderen te werken, zolang dat niet strijdig is met de opdracht; werkt met eigen middelen; en de opdracht is tijdelijk: zij loopt zoals bepaald in artikel {art_term} en eindigt zodra de exitcriteria zijn bereikt. Voor de Manager gelden geen vaste werktijden en geen verlof- of verzuimregeling van de Opdrachtgever."},
		ClauseNatureConsulting: {Title: "Aard van de overeenkomst", Body: "Deze overeenkomst is een overeenkomst van opdracht in de zin van artikel 7:400 e.v. van het Burgerlijk Wetboek.\n\n" +
			"Het Bureau adviseert; de Opdrachtgever behoudt alle beslissingsbevoegdheid en blijft verantwoordelijk voor de besluiten die hij op basis van het advies neemt en voor de uitvoering ervan. Het Bureau voert de opdracht uit met de zorg van een goed opdrachtnemer (artikel 7:401 BW); het heeft een inspanningsverplichting en garandeert geen resultaat."},
		ClauseLiabilityInterim:    reword(clausesNL()[ClauseLiabilityInterim], nlCarveOut...),
		ClauseLiabilityConsulting: reword(clausesNL()[ClauseLiabilityConsulting], nlCarveOut...),
		ClauseNoticeInterim:       reword(clausesNL()[ClauseNoticeInterim], "in gerechtelijke reorganisatie gaat", "surseance van betaling krijgt"),
		ClauseInsuranceInterim:    reword(clausesNL()[ClauseInsuranceInterim], "lid van het directiecomité", "lid van de directie"),
		ClauseLaw: {Title: "Toepasselijk recht en geschillen", Body: "Op deze overeenkomst is Nederlands recht van toepassing. Partijen trachten een geschil eerst in onderling overleg op te lossen.\n\n" +
			"Geschillen die zij zo niet oplossen, worden uitsluitend voorgelegd aan de bevoegde rechter van de rechtbank in het arrondissement waar het Bureau statutair is gevestigd ({court})."},
		ClauseSignature: {Title: "Ondertekening", Body: "Aldus overeengekomen en in {originals} opgemaakt en ondertekend, waarvan elke Partij er één heeft ontvangen."},
	}
}

// nlCarveOut is where Dutch law stops a limitation of liability: "opzet of
// bewuste roekeloosheid" (intent or deliberate recklessness), the same
// rule in every language of a Dutch contract.
var nlCarveOut = []string{"opzet of grove schuld", "opzet of bewuste roekeloosheid"}

// clausesNLforBE holds the Dutch texts as Belgian law words them: the
// managementovereenkomst, the Arbeidsrelatiewet, the ondernemingsrechtbank
// and the "zware fout" of Belgian law.
func clausesNLforBE() map[ClauseKey]Clause {
	return map[ClauseKey]Clause{
		ClauseLiabilityInterim:    reword(clausesNL()[ClauseLiabilityInterim], "opzet of grove schuld", "opzet of zware fout"),
		ClauseLiabilityConsulting: reword(clausesNL()[ClauseLiabilityConsulting], "opzet of grove schuld", "opzet of zware fout"),
		ClauseNatureInterim: {Title: "Aard van de overeenkomst", Body: "Deze overeenkomst is een managementovereenkomst. De Manager voert de opdracht uit als zelfstandige, in volledige onafhankelijkheid en zonder enige band van ondergeschiktheid ten aanzien van de Opdrachtgever of het Bureau. Partijen hebben uitdrukkelijk niet de bedoeling een arbeidsovereenkomst te sluiten en gedragen zich, overeenkomstig de Arbeidsrelatiewet (titel XIII van de programmawet (I) van 27 december 2006), ook in de praktijk als zelfstandige partijen.\n\n" +
			"De Manager organiseert vrij het werk en de werktijd, binnen de bevoegdheden die deze overeenkomst delegeert en de bestuursregels van de vennootschap van de Opdrachtgever, en mag ook voor anderen werken, zolang dat niet strijdig is met de opdracht. De Manager of de managementvennootschap staat zelf in voor de sociale bijdragen en belastingen op de vergoeding."},
		ClauseNatureConsulting: {Title: "Aard van de overeenkomst", Body: "Deze overeenkomst is een overeenkomst van aanneming van diensten. Het Bureau voert de opdracht zelfstandig uit, met eigen personeel en middelen, zonder enige band van ondergeschiktheid.\n\n" +
			"Het Bureau adviseert; de Opdrachtgever behoudt alle beslissingsbevoegdheid en blijft verantwoordelijk voor zijn beslissingen en de uitvoering ervan. De verbintenissen van het Bureau zijn middelenverbintenissen, geen resultaatsverbintenissen."},
		ClauseLaw: {Title: "Toepasselijk recht en geschillen", Body: "Op deze overeenkomst is het Belgisch recht van toepassing. Partijen trachten een geschil eerst in onderling overleg op te lossen.\n\n" +
			"Geschillen die zij zo niet oplossen, behoren tot de uitsluitende bevoegdheid van de ondernemingsrechtbank van de zetel van het Bureau ({court})."},
		ClauseSignature: {Title: "Ondertekening", Body: "Opgemaakt in {originals}, waarvan elke Partij erkent er één te hebben ontvangen."},
	}
}
