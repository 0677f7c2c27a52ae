package domain

import "strings"

// isoCountries are the officially assigned ISO 3166-1 alpha-2 codes, with
// XK (Kosovo), which the EU and banks use. "UK" and "EL" are not country
// codes (the VAT prefix of Greece is EL; its country code is GR).
var isoCountries = codeSet(`
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW`)

// isoLanguages are the ISO 639-1 language codes.
var isoLanguages = codeSet(`
aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de
dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia
id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo
lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl
ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk
tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu`)

func codeSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields(list) {
		m[c] = true
	}
	return m
}

// IsLanguageCode reports whether code is an ISO 639-1 code, "nl" or "fr".
func IsLanguageCode(code string) bool { return isoLanguages[code] }

// NormalizePostcode writes a Dutch postcode as the post does, "1234 AB",
// and drops the country prefix of the old European notation ("B-9000",
// "NL-1234 AB"); other postcodes are only trimmed.
func NormalizePostcode(s, country string) string {
	s = strings.TrimSpace(s)
	for _, prefix := range postcodePrefixes[country] {
		if len(s) > len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
			s = strings.TrimSpace(s[len(prefix):])
			break
		}
	}
	if country == "NL" {
		c := strings.ToUpper(strings.ReplaceAll(s, " ", ""))
		if len(c) == 6 && isDigits(c[:4]) && isUpperLetters(c[4:]) {
			return c[:4] + " " + c[4:]
		}
	}
	return s
}

var postcodePrefixes = map[string][]string{"BE": {"BE-", "B-"}, "NL": {"NL-"}}

// validatePostcode checks a Belgian (4 digits, 1000 to 9999) or Dutch
// (4 digits not starting with 0, a space, 2 letters) postcode; other
// countries' are only bounded.
func validatePostcode(field, country, v string) error {
	typed := v
	v = NormalizePostcode(v, country) // what was stored before the rule, read back
	switch {
	case v == "":
		return nil
	case country == "BE" && (len(v) != 4 || !isDigits(v) || v[0] == '0'):
		return Invalidf(field, "a Belgian postcode has 4 digits, like 9000; “%s” does not.", typed)
	case country == "NL" && (len(v) != 7 || !isDigits(v[:4]) || v[0] == '0' || v[4] != ' ' || !isUpperLetters(v[5:])):
		return Invalidf(field, "a Dutch postcode has 4 digits and 2 letters, like 1234 AB; “%s” does not.", typed)
	}
	return maxLen(field, v, 12)
}
