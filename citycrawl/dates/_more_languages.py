"""Date words of the member cities' other languages, as written (folded when built).

The eleven first languages live in :mod:`citycrawl.dates._lexicon`; these tables add
Catalan, Galician, Basque, Hungarian, Romanian, Finnish, Estonian, Latvian, Lithuanian,
Slovak, Slovenian, Croatian, Bulgarian, Greek, Norwegian, Icelandic, Ukrainian, Turkish,
Irish and Maltese. Months carry the forms that follow a day or precede it: nominative,
genitive (Slavic, Baltic, Greek, Basque), partitive (Finnish "maaliskuuta"), locative
(Latvian "martā", Estonian "märtsil"), dative (Latvian "līdz 7. martam"),
accusative (Latvian "šī gada 4. jūniju") and the usual
abbreviations. Weekdays carry the forms used after "on" ("w środę" has its peers:
Slovak "v stredu", Slovenian "v sredo", Ukrainian "у середу", Icelandic "miðvikudaginn").
Relative words are phrases; their day offset follows.
"""

from __future__ import annotations

# Finnish case endings of a month after its day: the nominative, the partitive ("13.
# syyskuuta"), genitive and inessive, the elative and illative of a period's ends ("1.
# tammikuusta alkaen", "31. joulukuuhun asti"), and the adessive ("ensi-ilta 13.
# syyskuulla", as an Estonian writes "septembril"), allative, ablative and translative
# ("siirtyy 13. syyskuulle", "lehti 13. syyskuulta", "15. syyskuuksi").
_FINNISH_CASES = ("", "ta", "n", "ssa", "sta", "hun", "lla", "lle", "lta", "ksi")

MONTHS: dict[str, list[str]] = {
    "ca": [
        "gener gen", "febrer febr feb", "març mar", "abril abr", "maig", "juny",
        "juliol jul", "agost ago", "setembre set", "octubre oct", "novembre nov",
        "desembre des",
    ],
    "gl": [
        "xaneiro xan", "febreiro feb", "marzo mar", "abril abr", "maio mai", "xuño xuñ",
        "xullo xul", "agosto ago", "setembro set", "outubro out", "novembro nov",
        "decembro dec",
    ],
    "eu": [  # no three-letter abbreviations: "ira", "aza", "abe" are words elsewhere
        "urtarrila urtarrilaren urtarrilak ilbeltza ilbeltzaren",
        "otsaila otsailaren otsailak", "martxoa martxoaren martxoak epaila epailaren",
        "apirila apirilaren apirilak jorraila jorrailaren",
        "maiatza maiatzaren maiatzak orrila orrilaren",
        "ekaina ekainaren ekainak bagila bagilaren",
        "uztaila uztailaren uztailak garagarrila garagarrilaren",
        "abuztua abuztuaren abuztuak agorrila agorrilaren dagonila dagonilaren",
        "iraila irailaren irailak buruila buruilaren", "urria urriaren urriak urrila urrilaren",
        "azaroa azaroaren azaroak zemendia zemendiaren hazila hazilaren",
        "abendua abenduaren abenduak abentüa abentüaren lotazila lotazilaren",
    ],  # the northern "agorrila", "buruila", "hazila", Souletin "abentüa", and the
    # older names Bizkaian pages still write ("bagilaren 1etik", "zemendiaren 29")
    "hu": [
        "január jan", "február febr feb", "március márc", "április ápr", "május máj",
        "június jún", "július júl", "augusztus aug", "szeptember szept szep",
        "október okt", "november nov", "december dec",
    ],
    "ro": [
        "ianuarie ian", "februarie feb febr", "martie mar", "aprilie apr", "mai",
        "iunie iun", "iulie iul", "august aug", "septembrie sept sep", "octombrie oct",
        "noiembrie nov", "decembrie dec",
    ],
    # Finnish months with every case ending that follows a day number (_FINNISH_CASES)
    # and their abbreviation ("syysk")
    "fi": [
        " ".join([*(stem + ending for ending in _FINNISH_CASES), stem[:-2]])
        for stem in ("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu",
                     "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu",
                     "joulukuu")
    ],
    "et": [  # with the case endings pages use: "märtsil", "märtsist", "märtsini", and
        # the partitive after "vastu" (towards: "ööl vastu 6. detsembrit"), which is the
        # genitive's form for "märtsi" and "aprilli"; "maid" (also "lands") only after
        # a day's dot (see _grammar._AFTER_DAY_DOT_ONLY)
        "jaanuar jaanuari jaanuaril jaanuarist jaanuarini jaanuariks jaanuarit jaan",
        "veebruar veebruari veebruaril veebruarist veebruarini veebruariks veebruarit veebr",
        "märts märtsi märtsil märtsist märtsini märtsiks",
        "aprill aprilli aprillil aprillist aprillini aprilliks apr",
        "mai mail maist maini maiks maid",
        "juuni juunil juunist juunini juuniks juunit",
        "juuli juulil juulist juulini juuliks juulit",
        "august augusti augustil augustist augustini augustiks augustit aug",
        "september septembri septembril septembrist septembrini septembriks septembrit sept",
        "oktoober oktoobri oktoobril oktoobrist oktoobrini oktoobriks oktoobrit okt",
        "november novembri novembril novembrist novembrini novembriks novembrit nov",
        "detsember detsembri detsembril detsembrist detsembrini detsembriks detsembrit dets",
    ],
    "lv": [
        "janvāris janvārī janvāra janvārim janvāri janv",
        "februāris februārī februāra februārim februāri febr",
        "marts martā marta martam martu", "aprīlis aprīlī aprīļa aprīlim aprīli apr",
        "maijs maijā maija maijam maiju", "jūnijs jūnijā jūnija jūnijam jūniju jūn",
        "jūlijs jūlijā jūlija jūlijam jūliju jūl", "augusts augustā augusta augustam augustu aug",
        "septembris septembrī septembra septembrim septembri sept",
        "oktobris oktobrī oktobra oktobrim oktobri okt",
        "novembris novembrī novembra novembrim novembri nov",
        "decembris decembrī decembra decembrim decembri dec",
    ],
    "lt": [
        "sausis sausio", "vasaris vasario", "kovas kovo", "balandis balandžio",
        "gegužė gegužės", "birželis birželio", "liepa liepos", "rugpjūtis rugpjūčio",
        "rugsėjis rugsėjo", "spalis spalio", "lapkritis lapkričio", "gruodis gruodžio",
    ],
    # with the instrumental after "between" (Slovak "medzi 4. a 6. júlom", Slovenian "med
    # 4. in 6. julijem")
    "sk": [
        "január januára januárom jan", "február februára februárom feb",
        "marec marca marcom mar", "apríl apríla aprílom apr", "máj mája májom",
        "jún júna júnom", "júl júla júlom", "august augusta augustom aug",
        "september septembra septembrom sept", "október októbra októbrom okt",
        "november novembra novembrom nov", "december decembra decembrom dec",
    ],
    "sl": [  # with the locative ("ob 5. maju, prazniku občine")
        "januar januarja januarjem januarju jan", "februar februarja februarjem februarju feb",
        "marec marca marcem marcu mar", "april aprila aprilom aprilu apr",
        "maj maja majem maju", "junij junija junijem juniju jun",
        "julij julija julijem juliju jul", "avgust avgusta avgustom avgustu avg",
        "september septembra septembrom septembru sept",
        "oktober oktobra oktobrom oktobru okt", "november novembra novembrom novembru nov",
        "december decembra decembrom decembru dec",
    ],
    "hr": [  # no abbreviations: "tra", "lis", "pro", "stu" are words elsewhere
        "siječanj siječnja", "veljača veljače", "ožujak ožujka", "travanj travnja",
        "svibanj svibnja", "lipanj lipnja", "srpanj srpnja", "kolovoz kolovoza", "rujan rujna",
        "listopad listopada", "studeni studenoga studenog", "prosinac prosinca",
    ],
    "bg": [
        # with the spellings before 1945 ("19 юлий 1877 г.", "септемврий")
        "януари ян януарий", "февруари фев февруарий", "март мар", "април апр априлий",
        "май", "юни юний", "юли юлий", "август авг", "септември сеп септемврий",
        "октомври окт октомврий", "ноември ное ноемврий", "декември дек декемврий",
    ],
    "el": [
        # with the accusative ("τον Μάρτιο") and the everyday names the press writes as
        # often ("25 Αυγούστου – 13 Σεπτέμβρη 2022", "Πρωτομαγιά, 1η Μάη")
        "Ιανουάριος Ιανουαρίου Ιανουάριο Ιαν Γενάρης Γενάρη",
        "Φεβρουάριος Φεβρουαρίου Φεβρουάριο Φεβ Φλεβάρης Φλεβάρη",
        "Μάρτιος Μαρτίου Μάρτιο Μαρ Μάρτης Μάρτη", "Απρίλιος Απριλίου Απρίλιο Απρ Απρίλης Απρίλη",
        "Μάιος Μαΐου Μάιο Μαΐ Μαι Μάης Μάη", "Ιούνιος Ιουνίου Ιούνιο Ιουν Ιούνης Ιούνη",
        "Ιούλιος Ιουλίου Ιούλιο Ιουλ Ιούλης Ιούλη", "Αύγουστος Αυγούστου Αύγουστο Αυγ",
        "Σεπτέμβριος Σεπτεμβρίου Σεπτέμβριο Σεπ Σεπτ Σεπτέμβρης Σεπτέμβρη",
        "Οκτώβριος Οκτωβρίου Οκτώβριο Οκτ Οκτώβρης Οκτώβρη",
        "Νοέμβριος Νοεμβρίου Νοέμβριο Νοε Νοέμβρης Νοέμβρη",
        "Δεκέμβριος Δεκεμβρίου Δεκέμβριο Δεκ Δεκέμβρης Δεκέμβρη",
    ],
    "no": [
        "januar jan", "februar feb", "mars mar", "april apr", "mai", "juni jun", "juli jul",
        "august aug", "september sep sept", "oktober okt", "november nov", "desember des",
    ],
    "is": [
        "janúar jan", "febrúar feb", "mars mar", "apríl apr", "maí", "júní jún",
        "júlí júl", "ágúst ágú", "september sep sept", "október okt", "nóvember nóv",
        "desember des",
    ],
    "uk": [  # with WordPress's three letters ("11 Тра, 2023 20:21")
        "січень січня січ", "лютий лютого лют", "березень березня бер",
        "квітень квітня квіт кві", "травень травня трав тра", "червень червня черв чер",
        "липень липня лип", "серпень серпня серп сер", "вересень вересня вер",
        "жовтень жовтня жовт жов", "листопад листопада лист лис", "грудень грудня груд гру",
    ],
    "tr": [
        "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
        "Ekim", "Kasım", "Aralık",
    ],
    "ga": [  # with the lenited forms after "de" and "mí" ("an 3ú lá de Dheireadh Fómhair",
        # "Mí Mheán Fómhair", "mí an Mhárta") and the genitives "Aibreáin", "Meithimh"
        "Eanáir", "Feabhra Fheabhra", "Márta Mhárta", "Aibreán Aibreáin",
        "Bealtaine Bhealtaine", "Meitheamh Mheitheamh Meithimh Mheithimh", "Iúil",
        "Lúnasa", "Meán_Fómhair Mheán_Fómhair", "Deireadh_Fómhair Dheireadh_Fómhair",
        "Samhain Samhna Shamhain", "Nollaig Nollag",
    ],
    "mt": [
        "Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju",
        "Awwissu Awissu",  # the second as often written ("il-Ħadd 16 t'Awissu")
        "Settembru", "Ottubru", "Novembru", "Diċembru",
    ],
}  # fmt: skip
"""Per language, per month (January first): space-separated forms; "_" joins the
words of a two-word month (Irish "Meán Fómhair")."""

WEEKDAYS: dict[str, list[str]] = {
    "ca": ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"],
    "gl": ["luns", "martes", "mércores", "xoves", "venres", "sábado", "domingo"],
    "eu": [
        "astelehena astelehenean", "asteartea asteartean", "asteazkena asteazkenean",
        "osteguna ostegunean", "ostirala ostiralean barikua barikuan",
        "larunbata larunbatean zapatua zapatuan", "igandea igandean domeka domekea domekan",
    ],
    "hu": ["hétfő hétfőn", "kedd kedden", "szerda szerdán", "csütörtök csütörtökön",
           "péntek pénteken", "szombat szombaton", "vasárnap"],
    "ro": ["luni", "marți marti", "miercuri", "joi", "vineri", "sâmbătă sîmbătă", "duminică"],
    "fi": [
        "maanantai maanantaina maanantain", "tiistai tiistaina tiistain",
        "keskiviikko keskiviikkona keskiviikon", "torstai torstaina torstain",
        "perjantai perjantaina perjantain", "lauantai lauantaina lauantain",
        "sunnuntai sunnuntaina sunnuntain",
    ],
    "et": ["esmaspäev esmaspäeval", "teisipäev teisipäeval", "kolmapäev kolmapäeval",
           "neljapäev neljapäeval", "reede reedel", "laupäev laupäeval",
           "pühapäev pühapäeval"],
    "lv": [
        "pirmdiena pirmdien pirmdienas", "otrdiena otrdien otrdienas",
        "trešdiena trešdien trešdienas", "ceturtdiena ceturtdien ceturtdienas",
        "piektdiena piektdien piektdienas", "sestdiena sestdien sestdienas",
        "svētdiena svētdien svētdienas",
    ],
    "lt": [
        "pirmadienis pirmadienį pirmadienio", "antradienis antradienį antradienio",
        "trečiadienis trečiadienį trečiadienio", "ketvirtadienis ketvirtadienį ketvirtadienio",
        "penktadienis penktadienį penktadienio", "šeštadienis šeštadienį šeštadienio",
        "sekmadienis sekmadienį sekmadienio",
    ],
    # Slovak with the genitive ("počas piatka 13. septembra a soboty 14. septembra").
    "sk": ["pondelok pondelka", "utorok utorka", "streda stredu stredy", "štvrtok štvrtka",
           "piatok piatka", "sobota sobotu soboty", "nedeľa nedeľu nedele"],
    # Slovenian and Croatian with the genitive ("od ponedeljka, 21. do srede 23.").
    "sl": ["ponedeljek ponedeljka", "torek torka", "sreda sredo srede", "četrtek četrtka",
           "petek petka", "sobota soboto sobote", "nedelja nedeljo nedelje"],
    "hr": ["ponedjeljak ponedjeljka", "utorak utorka", "srijeda srijedu srijede",
           "četvrtak četvrtka", "petak petka", "subota subotu subote",
           "nedjelja nedjelju nedjelje"],
    "bg": ["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"],
    # Greek: nominative and genitive ("το πρωί της Κυριακής 10 Μαρτίου"), and the old
    # accusative of church notices ("Τήν Κυριακήν 2αν Ἰουνίου 2013").
    "el": ["Δευτέρα Δευτέρας Δευτέραν", "Τρίτη Τρίτης Τρίτην", "Τετάρτη Τετάρτης Τετάρτην",
           "Πέμπτη Πέμπτης Πέμπτην", "Παρασκευή Παρασκευής Παρασκευήν",
           "Σάββατο Σαββάτου Σάββατον", "Κυριακή Κυριακής Κυριακήν"],
    "no": [  # Bokmål, then Nynorsk
        "mandag måndag", "tirsdag tysdag", "onsdag", "torsdag", "fredag", "lørdag laurdag",
        "søndag sundag",
    ],
    "is": [
        # with the dative and accusative ("frá mánudeginum 13. júní til og með
        # sunnudeginum 7. ágúst", "næstkomandi laugardag")
        "mánudagur mánudaginn mánudeginum mánudag",
        "þriðjudagur þriðjudaginn þriðjudeginum þriðjudag",
        "miðvikudagur miðvikudaginn miðvikudeginum miðvikudag",
        "fimmtudagur fimmtudaginn fimmtudeginum fimmtudag",
        "föstudagur föstudaginn föstudeginum föstudag",
        "laugardagur laugardaginn laugardeginum laugardag",
        "sunnudagur sunnudaginn sunnudeginum sunnudag",
    ],
    "uk": ["понеділок", "вівторок", "середа середу", "четвер", "п'ятниця п'ятницю",
           "субота суботу", "неділя неділю"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    # Irish after "Dé" and as nouns ("go dtí an Domhnach 15 Deireadh Fómhair"), also
    # mutated after "ar an" (on the: "ar an gCéadaoin", "ar an tSatharn").
    "ga": ["Luain Luan", "Máirt Mháirt", "Céadaoin Chéadaoin gCéadaoin", "Déardaoin",
           "hAoine Aoine", "Sathairn Satharn tSatharn", "Domhnaigh Domhnach"],
    "mt": ["Tnejn", "Tlieta", "Erbgħa", "Ħamis", "Ġimgħa", "Sibt", "Ħadd"],
}  # fmt: skip

# The singular case endings of an Estonian adjective's stem in -se ("homse", "homsel",
# "homsest": see RELATIVE): genitive, partitive and the locative and other cases.
_ESTONIAN_CASES = ("", "t", "s", "st", "sse", "l", "lt", "le", "ks", "ni", "na", "ta", "ga")
RELATIVE: dict[str, list[tuple[str, int]]] = {
    # with Valencian "hui" (today)
    "ca": [("avui", 0), ("hui", 0), ("demà", 1), ("ahir", -1), ("demà passat", 2),
           ("abans-d'ahir", -2)],
    "gl": [("hoxe", 0), ("mañá", 1), ("onte", -1), ("pasado mañá", 2), ("antonte", -2)],
    "eu": [("gaur", 0), ("bihar", 1), ("atzo", -1), ("etzi", 2), ("herenegun", -2)],
    "hu": [("ma", 0), ("holnap", 1), ("tegnap", -1), ("holnapután", 2), ("tegnapelőtt", -2)],
    "ro": [("azi", 0), ("astăzi", 0), ("mâine", 1), ("ieri", -1), ("poimâine", 2),
           ("alaltăieri", -2)],
    "fi": [("tänään", 0), ("huomenna", 1), ("eilen", -1), ("ylihuomenna", 2),
           ("toissapäivänä", -2)],
    # with "homne" (tomorrow's) and "eilne" (yesterday's) in their cases: "et homsel
    # üldkoosolekul" (at tomorrow's general meeting); not "tänane", which is also
    # "present-day" ("tänane Eesti")
    "et": [("täna", 0), ("homme", 1), ("eile", -1), ("ülehomme", 2), ("üleeile", -2),
           ("homne", 1), ("eilne", -1),
           *((f"homse{case}", 1) for case in _ESTONIAN_CASES),
           *((f"eilse{case}", -1) for case in _ESTONIAN_CASES)],
    "lv": [("šodien", 0), ("rīt", 1), ("vakar", -1), ("parīt", 2), ("aizvakar", -2)],
    "lt": [("šiandien", 0), ("rytoj", 1), ("vakar", -1), ("poryt", 2), ("užvakar", -2)],
    "sk": [("dnes", 0), ("zajtra", 1), ("včera", -1), ("pozajtra", 2), ("predvčerom", -2)],
    "sl": [("danes", 0), ("jutri", 1), ("včeraj", -1), ("pojutrišnjem", 2),
           ("predvčerajšnjim", -2)],
    "hr": [("danas", 0), ("sutra", 1), ("jučer", -1), ("prekosutra", 2), ("prekjučer", -2)],
    "bg": [("днес", 0), ("утре", 1), ("вчера", -1), ("вдругиден", 2), ("онзи ден", -2)],
    "el": [("σήμερα", 0), ("αύριο", 1), ("χθες", -1), ("χτες", -1), ("εχθές", -1), ("μεθαύριο", 2),
           ("προχθές", -2)],
    "no": [("i dag", 0), ("i morgen", 1), ("i går", -1), ("i overmorgen", 2),
           ("i forgårs", -2)],
    "is": [("í dag", 0), ("á morgun", 1), ("í gær", -1), ("hinn daginn", 2)],
    "uk": [("сьогодні", 0), ("завтра", 1), ("вчора", -1), ("учора", -1),
           ("післязавтра", 2), ("позавчора", -2)],
    "tr": [("bugün", 0), ("yarın", 1), ("dün", -1), ("öbür gün", 2), ("evvelsi gün", -2)],
    "ga": [("inniu", 0), ("amárach", 1), ("inné", -1)],
    # Maltese with the article elided after a vowel ("wara li l-bieraħ", "qalilna
    # lbieraħ"), and after "of the" ("tal-lum", "tal-bieraħ": today's, yesterday's, as
    # English "today's" reads "today"); not "llum", Catalan "light"
    "mt": [("illum", 0), ("għada", 1), ("ilbieraħ", -1), ("il-bieraħ", -1),
           ("l-bieraħ", -1), ("lbieraħ", -1), ("tal-lum", 0), ("tal-bieraħ", -1)],
}  # fmt: skip

# Relative words that are everyday words elsewhere: whole fields only, unless the caller
# names the page's languages and none of them gives the word its other meaning (see
# _lexicon.OTHER_MEANINGS). By word, those languages; "*" for a name, written in every
# language.
AMBIGUOUS_RELATIVE: dict[str, tuple[str, ...]] = {
    # Hungarian "today", also "nowadays" ("ma is": still today); Dutch and Finnish
    # "Monday", Italian "but", French "my", Estonian "I", Maltese "not", Polish "has",
    # Czech and Slovak "má", the Nordic "må", "má", Romanian "mă", Portuguese and
    # Galician "má", Catalan "mà", Irish "má", Croatian and Slovenian "ma", English "MA"
    "ma": ("hu", "nl", "fi", "it", "fr", "et", "mt", "pl", "cs", "sk", "sv", "da", "no",
           "is", "ro", "pt", "gl", "ca", "ga", "hr", "sl", "en"),
    "homme": ("fr",),  # Estonian "tomorrow", French "man"
    "mâine": ("*",),  # Romanian "tomorrow"; unaccented, the name "Maine"
    # Galician "tomorrow" and "morning"; Latvian "mana" (my), Croatian "mana" (flaw)
    "mañá": ("gl", "lv", "hr"),
    "dün": ("ga", "en"),  # Turkish "yesterday"; Irish "dún" (fort), English "dun"
    # Latvian "tomorrow"; unaccented Latvian "rit" (rolls), Dutch "rit" (ride), Czech "řiť"
    "rīt": ("lv", "nl", "cs"),
    "sutra": ("*",),  # Croatian "tomorrow", a scripture's name (below)
    "eile": ("ga",),  # Estonian "yesterday", Irish "other"
    "gaur": ("eu",),  # Basque "today", and "gaur egun" (nowadays, below)
}  # fmt: skip
# Those of them that a time of their own settles ("mâine, de la ora 21.00", "sutra u 19
# sati"): their other meanings take no clock. Not "ma" ("ma 10:00" is a Dutch Monday),
# "mañá" ("pola mañá, ás 10": the morning), nor "rīt" (Dutch "de rit om 10 uur").
TIME_SETTLED_RELATIVE = ("homme", "mâine", "dün", "sutra", "eile", "gaur")
# Those of them that their accent settles as written: Romanian "mâine" (not "Maine"),
# Turkish "dün", Latvian "rīt"; not Galician "mañá", which is also "morning".
ACCENT_SETTLED_RELATIVE = frozenset({"mâine", "dün", "rīt"})
# Those of them read in running text too, unless the word after them starts so: Basque
# "gaur" (today: "Aizarnan izan dira gaur …"), not "gaur egun", "gaur egungo", "gaur
# egunean" (nowadays, current).
SETTLED_UNLESS_BEFORE = {"gaur": "egun"}
# Those of them read in running text too as the language writes them: Croatian "sutra"
# (tomorrow: "sutra na Martinje održat će se …"), a word in none of the other languages
# but borrowed by them for a scripture's name, written capitalised after its first word
# ("Kama Sutra", "Lotus Sutra", "il Sutra del Loto"). So in lower case, or capitalised
# where its sentence or line starts ("Sutra počinje …").
CASE_SETTLED_RELATIVE = frozenset({"sutra"})
# Words that fold onto another language's relative word and differ only by accents:
# Finnish "tänä" ("this": "tänä vuonna", "tänä kesänä") is not Estonian "täna" (today),
# Polish "inne" (other: "i inne atrakcje") not Irish "inné" (yesterday). Compared as
# written (lower-cased), so an unaccented "tana" still reads as "täna".
FOLDED_FALSE_FRIENDS = frozenset({"tänä", "inne"})
# Month abbreviations that are words elsewhere ("ira", "lie", "bal"), read only between a
# year and a day in the languages that write the year first: Basque "2025ko uzt. 29a",
# Lithuanian "2022 Lie 06".
# Months in the case forms that date a month, never a day: "in July" (Polish "w lipcu
# 2022 roku", Czech "v červenci 2022", Ukrainian "у липні 2022 року", Hungarian "2014.
# májusában", Estonian "jaanuaris 2011", Lithuanian "2024 m. balandyje"/"balandį",
# Basque "1980ko irailera arte"), and the nominatives that MONTHS leaves out. Read only
# next to a year, for the reason `partial` (see Parser._case_month_year); the forms that
# MONTHS holds are months already. Estonian "mais" (in May) is French "but", Slovak
# "máji" (in May) Czech "mají" (they have): left out.
CASE_MONTHS: dict[str, list[str]] = {
    "pl": [
        "styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu",
        "wrześniu", "październiku", "listopadzie", "grudniu",
    ],
    "cs": [
        "leden lednu", "únor únoru", "březen březnu", "duben dubnu", "květen květnu",
        "červen červnu", "červenec červenci", "srpen srpnu", "září", "říjen říjnu",
        "listopad listopadu", "prosinec prosinci",
    ],
    "sk": [
        "január januári", "február februári", "marec marci", "apríl apríli", "máj",
        "jún júni", "júl júli", "august auguste", "september septembri", "október októbri",
        "november novembri", "december decembri",
    ],
    "sl": [
        "januarju", "februarju", "marcu", "aprilu", "maju", "juniju", "juliju", "avgustu",
        "septembru", "oktobru", "novembru", "decembru",
    ],
    "hr": [
        "siječanj siječnju", "veljača veljači", "ožujak ožujku", "travanj travnju",
        "svibanj svibnju", "lipanj lipnju", "srpanj srpnju", "kolovoz kolovozu", "rujan rujnu",
        "listopad listopadu", "studeni studenom studenome", "prosinac prosincu",
    ],
    "uk": [
        "січень січні", "лютий лютому", "березень березні", "квітень квітні",
        "травень травні", "червень червні", "липень липні", "серпень серпні",
        "вересень вересні", "жовтень жовтні", "листопад листопаді", "грудень грудні",
    ],
    "hu": [  # in the month, in its month (of a year), the month's
        f"{stem}b{v}n {stem}{j}{'á' if v == 'a' else 'é'}b{v}n {stem}i"
        for stem, j, v in (
            ("január", "j", "a"), ("február", "j", "a"), ("március", "", "a"),
            ("április", "", "a"), ("május", "", "a"), ("június", "", "a"),
            ("július", "", "a"), ("augusztus", "", "a"), ("szeptember", "", "e"),
            ("október", "", "e"), ("november", "", "e"), ("december", "", "e"),
        )
    ],
    "et": [
        "jaanuaris", "veebruaris", "märtsis", "aprillis", "", "juunis", "juulis",
        "augustis", "septembris", "oktoobris", "novembris", "detsembris",
    ],
    "lt": [
        "sausyje sausį", "vasaryje vasarį", "kove kovą", "balandyje balandį",
        "gegužėje gegužę", "birželyje birželį", "liepoje liepą", "rugpjūtyje rugpjūtį",
        "rugsėjyje rugsėjį", "spalyje spalį", "lapkrityje lapkritį", "gruodyje gruodį",
    ],
    "eu": [  # the month, in it, until it
        "urtarrila urtarrilean urtarrilera", "otsaila otsailean otsailera",
        "martxoa martxoan martxora", "apirila apirilean apirilera",
        "maiatza maiatzean maiatzera", "ekaina ekainean ekainera",
        "uztaila uztailean uztailera", "abuztua abuztuan abuztura", "iraila irailean irailera",
        "urria urrian urrira", "azaroa azaroan azarora", "abendua abenduan abendura",
    ],
}  # fmt: skip
# CLDR's abbreviated months as CMSs print them between a day and a year ("5 sty 2024",
# "5. sij 2024.", "5 Oca 2024", "29 Fra 2024", "2 d'ag. 2024", "5. Mär. 2024"). Most
# are words somewhere ("sie", "pro", "tra", "fra", "ag"), so they are months only
# before a year (see Parser._unusual_month), and one that two languages give different
# months is dropped where both are read ("lis", "lip", "srp").
ABBREVIATIONS: dict[str, str] = {
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru",
    "cs": "led úno bře dub kvě čvn čvc srp zář říj lis pro",
    "hr": "sij velj ožu tra svi lip srp kol ruj lis stu pro",
    "tr": "Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara",
    # with the three letters of Irish date pickers and sites ("Mái 24th Sam, 2020")
    "ga": "Ean Feabh/Fea Márta/Már Aib Beal/Bea Meith Iúil/Iúi Lún MFómh/MFó/MFo DFómh/DFó/DFo"
    " Samh/Sam Noll/Nol",
    "mt": "Jan Fra Mar Apr Mej Ġun Lul Aww Set Ott Nov Diċ",
    "de": "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez",
    "da": "jan feb mar apr maj jun jul aug sep okt nov dec",
    "ca": "gen febr març abr maig juny jul ag set oct nov des",
    "sk": "jan feb mar apr máj jún júl aug sep okt nov dec",
    "sl": "jan feb mar apr maj jun jul avg sep okt nov dec",
    "bg": "яну фев март апр май юни юли авг сеп окт ное дек",
    "ro": "ian feb mar apr mai iun iul aug sep oct noi dec",
}  # fmt: skip
"""Per language, the twelve abbreviations, January first; a slash parts a month's
spellings."""

# WordPress's Finnish "M", the months' stems, as its default "M j, Y" prints them ("syys
# 5, 2022"). Most are words ("kesä" summer, "elo" life, "joulu" Christmas, "loka" mud),
# so they are months only in that frame: before a day, its comma and a 19xx or 20xx
# year (see Parser.month_first); "5 kesä 2022" and "kesä 2022" stay words.
WORDPRESS_MONTHS: dict[str, list[str]] = {
    "fi": ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys",
           "loka", "marras", "joulu"],
}  # fmt: skip

# CLDR's abbreviated weekdays (Monday first, forms apart by spaces) that the WEEKDAYS
# above lack: read like German "Mo." and Dutch "ma", only before a comma or a dot, or
# capitalised before a dotted day and month ("Sa., 30. März – Di., 2. April", "pon.,
# 15 – śr., 17 stycznia"); see _lexicon for those that are words or mean two days.
SHORT_WEEKDAYS: dict[str, list[str]] = {
    "en": ["mo", "tu", "we", "th", "fr", "sa", "su"],
    "fr": ["lu", "ma mar", "me", "je", "ve", "sa", "di"],
    "es": ["lun lu", "mar ma", "mie mi", "jue ju", "vie vi", "sab sa", "dom do"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "pl": ["pon pn", "wt wto", "sr sro", "czw", "pt pia ptk", "sob", "nie niedz nd ndz"],
    "pt": ["seg", "ter", "qua", "qui", "sex", "sab", "dom"],
    "sv": ["ma man", "ti tis", "on ons", "to tor tors", "fr fre", "lo lor", "so son"],
    "da": ["ma man", "ti tir tirs", "on ons", "to tor tors", "fr fre", "lo lor", "so son"],
    "no": ["ma man", "ti tir", "on ons", "to tor", "fr fre", "lo lor", "so son"],
    "cs": ["po", "ut", "st", "ct", "pa", "so", "ne"],
    "sk": ["po", "ut", "st", "st", "pi", "so", "ne"],
    "ca": ["dl", "dt", "dc", "dj", "dv", "ds", "dg"],
    "gl": ["lu", "ma mar", "me mer", "xo xov", "ve ven", "sa sab", "do dom"],
    "eu": ["al", "ar", "az", "og", "or", "lr", "ig"],
    "hu": ["h", "k", "sze", "cs", "p", "szo", "v"],
    "ro": ["lu lun", "ma mar", "mi mie", "jo", "vi vin", "sa sam", "du dum"],
    "lv": ["pirmd pr", "otrd ot", "tresd tr", "ceturtd ce", "piektd pk", "sestd se", "svetd sv"],
    "lt": ["pr", "an", "tr", "kt", "pn", "st", "sk"],
    "sl": ["pon", "tor", "sre", "cet", "pet", "sob", "ned"],
    "hr": ["pon", "uto", "sri", "cet", "pet", "sub", "ned"],
    "bg": ["пн", "вт", "ср", "чт", "пт", "сб", "нд"],
    "uk": ["пн", "вт", "ср", "чт", "пт", "сб", "нд"],
    "el": ["δε δευ", "τρ τρι", "τε τετ", "πε πεμ", "πα παρ", "σα σαβ", "κυ κυρ"],
    "is": ["ma man", "þr þri", "mi mið", "fi fim", "fö fös", "la lau", "su sun"],
    "tr": ["pt pzt", "sa sal", "ca car", "pe per", "cu cum", "ct cmt", "pa paz"],
    # with the three letters of Irish date pickers ("Mái 24th Sam, 2020"); "Dom" and
    # "Sat" are the Romance and English days'
    "ga": ["lu lua", "ma mai", "ce cead cea", "de dear dea", "ao aoi", "sa sath", "do domh"],
    "mt": ["tne", "tli", "erb", "ham", "gim", "sib", "had"],
}  # fmt: skip

# Czech and Slovak calendars list their days by a two-letter weekday in capitals without
# its dot ("PO 5.10. Sv. Faustíny", "ČT 8.10.", "ŠT 8.10."), written here with their
# letters: folded, "čt" and "pá" are Turkish days too, and Slovak "št" is "st".
CAPITAL_WEEKDAYS: dict[str, str] = {
    "cs": "po út st čt pá so ne",
    "sk": "po ut st št pi so ne",
}


def _numbered(*series: str) -> dict[str, int]:
    """Each word of each space-separated series with its place in it, from 1."""
    return {word: n for words in series for n, word in enumerate(words.split(), start=1)}


YEAR_FIRST_ABBREVIATIONS = _numbered(
    "urt ots mar api mai eka uzt abu ira urr aza abe",
    "sau vas kov bal geg bir lie rgp rgs spa lap gru",
    # CLDR's Lithuanian: "2024 saus. 15–17"
    "saus vas kov bal geg birz liep rugp rugs spal lapkr gruod",
    # the language norm's (VLKK), as bibliographies write it: "– 2019, rugpj. 17, p. 6"
    "saus vas kov bal geg birz liep rugpj rugs spal lapkr gruod",
)

RANGE_WORDS: dict[str, tuple[str, ...]] = {
    "ca": ("al", "a", "fins"), "gl": ("ao", "a", "ata"), "eu": ("etik", "tik"),
    "hu": ("ig", "napjától"), "ro": ("la", "pana", "până"), "fi": ("asti", "saakka"),
    "et": ("kuni",), "lv": ("līdz",), "lt": ("iki",), "sk": ("do", "až"), "sl": ("do",),
    "hr": ("do",), "bg": ("до",), "el": ("έως", "ως", "μέχρι", "με"), "no": ("til", "inntil"),
    "is": ("til",), "uk": ("до", "по"), "tr": (), "ga": ("go",),
    # Maltese "sa" with its article glued ("sas-Sibt 30", "sad-9 ta' Diċembru").
    "mt": ("sa", "sal", "sas", "sat", "sad", "sar", "san", "sax", "saż", "saċ", "saz"),
}  # fmt: skip
LIST_WORDS: dict[str, tuple[str, ...]] = {
    "ca": ("i",), "gl": ("e",), "eu": ("eta",), "hu": ("és", "valamint"), "ro": ("și", "si"),
    "fi": ("ja", "sekä"), "et": ("ja", "ning"), "lv": ("un",), "lt": ("ir",), "sk": ("a", "i"),
    "sl": ("in",), "hr": ("i",), "bg": ("и",), "el": ("και",), "no": ("og", "samt"),
    "is": ("og",), "uk": ("і", "та", "й"), "tr": ("ve", "ile"), "ga": ("agus",),
    "mt": ("u",),
}  # fmt: skip

# Days written as ordinal words, day 1 first; "_" joins the words of a form. English counts
# only with "of" after it ("the first of May"; "the first March meeting" is no date), the
# Romance languages only for the 1st ("Primo Maggio", "le premier mai").
_EN_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth"]  # fmt: skip
_DE_STEMS = [
    "erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt",
    "elft", "zwölft", "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt",
    "achtzehnt", "neunzehnt", "zwanzigst", "einundzwanzigst", "zweiundzwanzigst",
    "dreiundzwanzigst", "vierundzwanzigst", "fünfundzwanzigst", "sechsundzwanzigst",
    "siebenundzwanzigst", "achtundzwanzigst", "neunundzwanzigst", "dreißigst",
    "einunddreißigst",
]  # fmt: skip
# Polish genitive, as dates are said: "drugiego lipca", "trzeciego maja".
_PL_UNITS = ["pierwszego", "drugiego", "trzeciego", "czwartego", "piątego", "szóstego",
             "siódmego", "ósmego", "dziewiątego"]  # fmt: skip
_MT_UNITS = ["wieħed", "tnejn", "tlieta", "erbgħa", "ħamsa", "sitta", "sebgħa", "tmienja",
             "disgħa"]  # fmt: skip
ORDINAL_DAYS: dict[str, list[str]] = {
    "en": [*_EN_UNITS, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
           "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
           *(f"twenty-{u} twenty_{u}" for u in _EN_UNITS), "thirtieth",
           "thirty-first thirty_first"],
    "de": [f"{stem}e {stem}en {stem}er" for stem in _DE_STEMS],
    "pl": [*_PL_UNITS, "dziesiątego", "jedenastego", "dwunastego", "trzynastego",
           "czternastego", "piętnastego", "szesnastego", "siedemnastego", "osiemnastego",
           "dziewiętnastego", "dwudziestego", *(f"dwudziestego_{u}" for u in _PL_UNITS),
           "trzydziestego", "trzydziestego_pierwszego"],
    "fr": ["premier"], "es": ["primero"], "it": ["primo"], "pt": ["primeiro"],
    "ca": ["primer"], "gl": ["primeiro"],
    # The Nordic languages and Dutch ("från och med första januari", "syttende mai", "de
    # eerste januari"); "" for words that are other words before a month: the Nordic 2nd,
    # also "other" (Swedish "andra", Danish "anden", Norwegian "andre", and the French
    # name André), and the Danish and Norwegian 18th "attende" and the Norwegian 8th
    # "åttende", folded alike (Italian "si attende maggio").
    "sv": ["första", "", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde",
           "nionde", "tionde", "elfte", "tolfte", "trettonde", "fjortonde", "femtonde",
           "sextonde", "sjuttonde", "artonde", "nittonde", "tjugonde", "tjugoförsta",
           "tjugoandra", "tjugotredje", "tjugofjärde", "tjugofemte", "tjugosjätte",
           "tjugosjunde", "tjugoåttonde", "tjugonionde", "trettionde", "trettioförsta"],
    "da": ["første", "", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende",
           "niende", "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende",
           "sekstende", "syttende", "", "nittende", "tyvende", "enogtyvende",
           "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende", "seksogtyvende",
           "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"],
    "no": ["første", "", "tredje", "fjerde", "femte", "sjette", "sjuende syvende", "",
           "niende", "tiende", "ellevte", "tolvte", "trettende", "fjortende",
           "femtende", "sekstende", "syttende", "", "nittende", "tjuende tyvende",
           "tjueførste enogtyvende", "tjueandre toogtyvende", "tjuetredje treogtyvende",
           "tjuefjerde fireogtyvende", "tjuefemte femogtyvende", "tjuesjette seksogtyvende",
           "tjuesjuende syvogtyvende", "tjueåttende åtteogtyvende", "tjueniende niogtyvende",
           "trettiende tredevte", "trettiførste enogtredevte"],
    "nl": ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
           "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende",
           "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste",
           "eenentwintigste", "tweeëntwintigste", "drieëntwintigste", "vierentwintigste",
           "vijfentwintigste", "zesentwintigste", "zevenentwintigste", "achtentwintigste",
           "negenentwintigste", "dertigste", "eenendertigste"],
    # Maltese: the first an ordinal ("fl-Ewwel ta' Jannar"), the other days cardinals
    # behind their glued article ("nhar is-sebgħa ta’ Ġunju", "fis-sebgħa u għoxrin ta’
    # Ġunju"); "tnejn", "tlieta" and "erbgħa" are Monday to Wednesday too (see
    # Parser.item).
    "mt": ["ewwel", *_MT_UNITS[1:], "għaxra", "ħdax", "tnax", "tlettax", "erbatax",
           "ħmistax", "sittax", "sbatax", "tmintax", "dsatax", "għoxrin",
           *(f"{u}_u_għoxrin" for u in _MT_UNITS), "tletin", "wieħed_u_tletin"],
}  # fmt: skip
ORDINAL_NEEDS_OF = frozenset({"en"})

MONTH_FIRST = ("hu", "lt", "eu")
"""Languages that write the month before the day ("március 5.", "kovo 5 d.",
"martxoaren 5a"), besides English."""
MONTH_FIRST_WITH_YEAR = ("ga",)
"""Languages whose pages write a month before its day as English does, read so without
WordPress's comma only with a year that closes the date ("(Deireadh Fómhair 22 2014)"):
their months are names and feasts too (Irish "Nollaig", "Samhain"; "Márta" folds to
the name "Marta"), so a bare "Nollaig 25" stays unread."""

# Hours as words on the spoken twelve-hour clock, each with its hour: Slovenian locative
# ("ob osmih zvečer", at eight in the evening; "ob pol devetih", half past eight, takes
# "pol" before the next hour) and Maltese after its article ("fl-għaxra ta' filgħodu",
# at ten in the morning). Read only with a period of the day after them: the half of
# the day is never guessed.
HOURS_IN_WORDS: dict[str, int] = {
    "enih": 1, "dveh": 2, "treh": 3, "štirih": 4, "petih": 5, "šestih": 6, "sedmih": 7,
    "osmih": 8, "devetih": 9, "desetih": 10, "enajstih": 11, "dvanajstih": 12,
    "siegħa": 1, "sagħtejn": 2, "tlieta": 3, "erbgħa": 4, "ħamsa": 5, "sitta": 6,
    "sebgħa": 7, "tmienja": 8, "disgħa": 9, "għaxra": 10, "ħdax": 11, "tnax": 12,
    # Greek, with the period after them ("από τις πέντε το απόγευμα", "στις εννέα το βράδυ")
    "μία": 1, "μια": 1, "δύο": 2, "τρεις": 3, "τέσσερις": 4, "πέντε": 5, "έξι": 6,
    "επτά": 7, "εφτά": 7, "οκτώ": 8, "οχτώ": 8, "εννέα": 9, "εννιά": 9, "δέκα": 10,
    "έντεκα": 11, "δώδεκα": 12,
}  # fmt: skip
ROMANCE_HOURS = _numbered(
    "una dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "una dues tres quatre cinc sis set vuit nou deu onze dotze",
    "uma duas tres quatro cinco seis sete oito nove dez onze doze",
)
"""Spanish, Catalan and Portuguese hours in words, read only after their article and
before a period of the day ("a la una del mediodía", "a les vuit del vespre", "às duas
da tarde"): "una" and "dos" alone are no hours."""
HALF_BEFORE_HOUR = "pol"  # Slovenian "pol devetih": half an hour before nine
