"""Feast days fixed in the Gregorian calendar, by name, in the grammar's languages.

A name is the DAY ("Christmas Day", "Lá Nollag", "Heiligabend", "Nochevieja"), never a
season or a month ("Christmas", "Nollaig", "Weihnachten", "Navidad", "Božić", "Коледа"
stay unread). Movable feasts (Easter, Pentecost, Carnival, Ascension, Corpus Christi,
Nordic Midsummer and All Saints, Mother's Day; English "Midsummer Day" too, which
Nordic pages write in English), feasts kept on other days in other
countries (Ukraine's Christmas Eve, "Dia dos Namorados", Victory Day, a "national day"
or "constitution day" without its country), festivals and patron feasts held on days
around their saint's ("Fête de la Saint-Jean 2025" on 21 June, "festa di San Giovanni",
"Fête de la musique") and names that are first a place or a person's ("Saint-Martin",
"San Juan", "Sinterklaas", "Mikołajki", the village "Илинден", Athens' hospital
"Ευαγγελισμός") are left out.

Each line is a month-day, a bar, then names split by ";". A name that starts with "@"
is written in the case that says "on" ("jouluaattona", "szentestén", "Kūčių vakarą");
it is read as the other names are: in running prose that case is how every mention is
written ("lauantaina itsenäisyyspäivänä kauden parastaan" was labelled no date), so it
needs a year, a clock or a heading line as a name without "on" does.

Names are folded and split as the tokenizer does (Parser._feast_day), so accents, case
and typographic apostrophes do not matter; an apostrophe or a "St" is also tried
without its sign ("New Years Eve", "St. Patrick's Day", "Saint Patrick's Day").
"""

from __future__ import annotations

FEASTS: dict[str, str] = {
    "en": """
        12-25|Christmas Day
        12-24|Christmas Eve
        12-31|New Year's Eve;Hogmanay
        01-01|New Year's Day
        12-26|Boxing Day;St Stephen's Day
        01-06|Epiphany;Feast of the Epiphany
        03-17|St Patrick's Day;Paddy's Day
        06-23|St John's Eve
        11-01|All Saints' Day
        11-02|All Souls' Day
        08-15|Feast of the Assumption
        12-08|Feast of the Immaculate Conception
        12-06|St Nicholas' Day;St Nicholas Day
        11-11|St Martin's Day;Martinmas;Armistice Day
        02-14|Valentine's Day;St Valentine's Day
        10-31|Halloween;Hallowe'en
        02-01|St Brigid's Day
    """,
    "ga": """
        12-25|Lá Nollag
        12-24|Oíche Nollag
        12-31|Oíche Chinn Bliana;Oíche Cinn Bliana;Oíche Chinn Bhliana
        01-01|Lá Caille;Lá Coille;Lá na Bliana Nua
        12-26|Lá Fhéile Stiofáin;Lá Féile Stiofáin;Lá 'le Stiofáin;Lá an Dreoilín
        01-06|Lá Nollag Beag;Nollaig na mBan;Nollaig Bheag
        03-17|Lá Fhéile Pádraig;Lá Fhéile Phádraig;Lá Féile Pádraig;Lá 'le Pádraig;Lá le Pádraig
        02-01|Lá Fhéile Bríde;Lá Féile Bríde;Lá 'le Bríde
        02-14|Lá Fhéile Vailintín;Lá Fhéile Válaintín
        10-31|Oíche Shamhna;Oíche Shamhain
        11-01|Lá Samhna;Lá Fhéile na Naomh Uile
        11-02|Lá Fhéile na Marbh;Lá na Marbh
        08-15|Lá Fhéile Muire san Fhómhar
        06-23|Oíche Fhéile Eoin;Oíche Sin Seáin
        06-24|Lá Fhéile Eoin
    """,
    "de": """
        12-24|Heiligabend;Heiliger Abend;Heiligen Abend
        12-25|Erster Weihnachtstag;Ersten Weihnachtstag;Christtag
        12-26|Zweiter Weihnachtstag;Zweiten Weihnachtstag;Stephanstag;Stefanitag;Stephanitag
        12-31|Silvester;Silvesterabend;Silvestertag
        01-01|Neujahr;Neujahrstag
        01-06|Heilige Drei Könige;Heiligen Drei Könige;Dreikönigstag;Heilig Dreikönig
        01-06|Dreikönigsfest;Erscheinung des Herrn
        10-03|Tag der Deutschen Einheit
        11-01|Allerheiligen
        11-02|Allerseelen
        08-15|Mariä Himmelfahrt
        12-08|Mariä Empfängnis
        12-06|Nikolaustag
        11-11|Martinstag
        02-14|Valentinstag
        10-31|Reformationstag;Halloween
        06-24|Johannistag
        05-01|Tag der Arbeit
        02-02|Mariä Lichtmess;Lichtmess
        03-19|Josefstag;Josefitag
        11-15|Leopolditag
        01-02|Berchtoldstag
        08-01|Bundesfeier;Schweizer Nationalfeiertag
        10-26|Österreichischer Nationalfeiertag
    """,
    "fr": """
        12-25|jour de Noël
        12-24|veille de Noël;réveillon de Noël
        12-31|la Saint-Sylvestre;réveillon de la Saint-Sylvestre;réveillon du Nouvel An
        01-01|jour de l'An
        01-06|Épiphanie
        11-01|Toussaint
        11-02|jour des Morts
        08-15|Assomption
        12-08|Immaculée Conception
        02-14|la Saint-Valentin
        10-31|Halloween
        05-01|fête du Travail
        11-11|jour de l'Armistice
        02-02|la Chandeleur
    """,
    "es": """
        12-24|Nochebuena
        12-25|día de Navidad
        12-31|Nochevieja
        01-01|día de Año Nuevo
        01-06|día de Reyes;Epifanía
        12-26|día de San Esteban
        11-01|día de Todos los Santos
        11-02|día de los Difuntos;día de los Fieles Difuntos
        08-15|día de la Asunción
        12-08|día de la Inmaculada;día de la Inmaculada Concepción
        06-23|noche de San Juan
        06-24|día de San Juan
        02-14|día de San Valentín;día de los Enamorados
        10-12|día de la Hispanidad
    """,
    "pt": """
        12-24|véspera de Natal;Noite de Natal;Consoada
        12-25|dia de Natal
        12-31|véspera de Ano Novo;Noite de Ano Novo
        01-01|dia de Ano Novo
        01-06|dia de Reis
        11-01|dia de Todos os Santos
        11-02|dia de Finados;dia dos Fiéis Defuntos
        08-15|dia da Assunção
        12-08|dia da Imaculada Conceição
        06-23|noite de São João
        06-24|dia de São João
        06-13|dia de Santo António
        06-10|dia de Portugal
    """,
    "it": """
        12-24|vigilia di Natale
        12-25|giorno di Natale
        12-26|giorno di Santo Stefano;festa di Santo Stefano
        12-31|notte di San Silvestro;giorno di San Silvestro
        01-06|Epifania;Befana
        11-01|Ognissanti
        11-02|giorno dei Morti;Commemorazione dei defunti
        08-15|Ferragosto
        12-08|Immacolata;Immacolata Concezione
        02-14|festa di San Valentino;giorno di San Valentino
        04-25|Festa della Liberazione
        06-02|Festa della Repubblica
        05-01|Festa dei Lavoratori;Festa del Lavoro
        06-29|festa dei Santi Pietro e Paolo
    """,
    "nl": """
        12-24|Kerstavond
        12-25|Eerste Kerstdag
        12-26|Tweede Kerstdag
        12-31|Oudejaarsavond;Oudejaarsdag
        01-01|Nieuwjaarsdag
        01-06|Driekoningen
        11-01|Allerheiligen
        11-02|Allerzielen
        08-15|Maria-Hemelvaart
        12-05|Sinterklaasavond;Pakjesavond
        05-05|Bevrijdingsdag
        05-04|Dodenherdenking
        02-14|Valentijnsdag
        10-31|Halloween
        12-31|Oudjaar
        05-01|Dag van de Arbeid
        07-11|Feest van de Vlaamse Gemeenschap
    """,
    "pl": """
        12-24|Wigilia Bożego Narodzenia;Wigilię Bożego Narodzenia
        01-06|Trzech Króli;Święto Trzech Króli;Objawienie Pańskie
        11-01|Wszystkich Świętych;Dzień Wszystkich Świętych
        11-02|Zaduszki;Dzień Zaduszny
        08-15|Wniebowzięcie
        11-11|Święto Niepodległości;Narodowe Święto Niepodległości
        02-14|Walentynki
        12-25|pierwszy dzień Bożego Narodzenia
        12-26|drugi dzień Bożego Narodzenia
        12-08|Niepokalane Poczęcie
        05-01|Święto Pracy
        01-21|Dzień Babci
        01-22|Dzień Dziadka
    """,
    "cs": """
        12-24|Štědrý den;Štědrý večer;Štědrého dne;Štědrém dni;Štědrém dnu
        12-31|Silvestr
        11-02|Dušičky
        11-17|Den boje za svobodu a demokracii
        12-25|Boží hod vánoční
        01-06|Tři králové
        05-01|Svátek práce
        09-28|Den české státnosti
        10-28|Den vzniku samostatného československého státu
    """,
    "sk": """
        12-24|Štedrý deň;Štedrý večer
        12-31|Silvester
        12-25|Prvý sviatok vianočný
        12-26|Druhý sviatok vianočný
        01-06|Traja králi;Zjavenie Pána
        05-01|Sviatok práce
        11-02|Pamiatka zosnulých;Dušičky
        01-01|Deň vzniku Slovenskej republiky
        09-01|Deň Ústavy Slovenskej republiky
        08-29|Výročie Slovenského národného povstania
        09-15|Sedembolestná Panna Mária
    """,
    "sl": """
        12-24|sveti večer
        12-26|dan samostojnosti in enotnosti
        02-08|Prešernov dan
        11-01|dan spomina na mrtve
        12-26|štefanovo
        12-31|silvestrovo
        01-06|sveti trije kralji
        06-25|dan državnosti
        05-01|praznik dela
        04-27|dan upora proti okupatorju
        08-15|Marijino vnebovzetje
        11-11|martinovo
    """,
    "hr": """
        12-24|Badnjak;Badnja večer;Badnji dan
        12-26|Stjepandan
        01-06|Sveta tri kralja;Bogojavljenje
        11-01|Svi sveti
        08-15|Velika Gospa
        12-31|Silvestrovo
        11-02|Dušni dan
        03-25|Blagovijest
        05-01|Praznik rada
        06-22|Dan antifašističke borbe
        08-05|Dan pobjede i domovinske zahvalnosti
        11-18|Dan sjećanja na žrtve Domovinskog rata
    """,
    "hu": """
        12-24|Szenteste;@szentestén
        12-31|@szilveszterkor
        01-01|@újévkor;@újév napján
        08-20|Szent István napja
        11-01|Mindenszentek;@mindenszentekkor
        11-02|Halottak napja;@halottak napján
        12-25|karácsony első napja;@karácsony első napján
        12-26|karácsony másnapja;@karácsony másnapján
        12-26|karácsony második napja;@karácsony második napján
        01-06|Vízkereszt;@vízkeresztkor
        05-01|munka ünnepe
    """,
    "ro": """
        12-24|Ajunul Crăciunului
        12-25|prima zi de Crăciun;ziua de Crăciun
        12-01|Ziua Națională a României
        01-24|Ziua Unirii
        02-24|Dragobete
        12-26|a doua zi de Crăciun
        12-31|Ajunul Anului Nou
        01-06|Botezul Domnului;Boboteaza
        01-07|Soborul Sfântului Ioan Botezătorul
        08-15|Adormirea Maicii Domnului
        03-25|Buna Vestire
        08-06|Schimbarea la Față
        09-08|Nașterea Maicii Domnului
        05-01|Ziua Muncii
        06-01|Ziua Copilului
    """,
    "fi": """
        12-24|jouluaatto;@jouluaattona
        12-25|joulupäivä;@joulupäivänä
        12-26|tapaninpäivä;@tapaninpäivänä
        12-31|uudenvuodenaatto;@uudenvuodenaattona
        01-01|uudenvuodenpäivä;@uudenvuodenpäivänä
        01-06|loppiainen;@loppiaisena
        12-06|itsenäisyyspäivä;@itsenäisyyspäivänä
        05-01|vappu;@vappuna
        02-14|ystävänpäivä;@ystävänpäivänä
        04-30|vapunaatto;@vapunaattona
        02-05|Runebergin päivä;@Runebergin päivänä
        02-28|Kalevalan päivä;@Kalevalan päivänä
        01-13|nuutinpäivä;@nuutinpäivänä
        12-13|lucianpäivä;@lucianpäivänä
    """,
    "et": """
        12-24|jõululaupäev;@jõululaupäeval
        12-25|esimene jõulupüha;@esimesel jõulupühal
        12-26|teine jõulupüha;@teisel jõulupühal
        12-31|vana-aastaõhtu;@vana-aastaõhtul
        01-01|uusaastapäev;@uusaastapäeval
        01-06|kolmekuningapäev
        02-24|iseseisvuspäev;@iseseisvuspäeval
        06-23|võidupüha;jaanilaupäev;@jaanilaupäeval
        06-24|jaanipäev;@jaanipäeval
        11-02|hingedepäev
        02-14|sõbrapäev;@sõbrapäeval
        02-24|vabariigi aastapäev;@vabariigi aastapäeval
        08-20|taasiseseisvumispäev;@taasiseseisvumispäeval
        11-10|mardipäev;@mardipäeval
        11-25|kadripäev;@kadripäeval
        05-01|kevadpüha;@kevadpühal
        04-30|volbriöö;@volbriööl
    """,
    "lv": """
        12-24|Ziemassvētku vakars;@Ziemassvētku vakarā
        12-31|Vecgada vakars;@Vecgada vakarā
        01-01|Jaungada diena;@Jaungada dienā
        06-23|Līgo vakars;@Līgo vakarā
        06-24|Jāņu diena;@Jāņu dienā
        11-11|Lāčplēša diena;@Lāčplēša dienā
        11-18|Latvijas Republikas proklamēšanas diena
        12-25|Pirmie Ziemassvētki;@Pirmajos Ziemassvētkos
        12-26|Otrie Ziemassvētki;@Otrajos Ziemassvētkos
        01-06|Zvaigznes diena;@Zvaigznes dienā
        05-04|Latvijas Republikas Neatkarības atjaunošanas diena
        05-01|Darba svētki
    """,
    "lt": """
        12-24|Kūčios;@Kūčių vakarą
        06-24|Joninės;@Joninių dieną
        07-06|Valstybės diena;@Valstybės dieną
        11-01|Visų šventųjų diena;@Visų šventųjų dieną
        11-02|Vėlinės
        08-15|Žolinė
        01-06|Trys Karaliai
        12-25|Šv. Kalėdų pirmoji diena
        12-26|Šv. Kalėdų antroji diena
        02-16|Lietuvos valstybės atkūrimo diena
        03-11|Lietuvos nepriklausomybės atkūrimo diena
    """,
    "sv": """
        12-24|julafton;julaftonen
        12-25|juldagen
        12-26|annandag jul
        12-31|nyårsafton;nyårsaftonen
        01-01|nyårsdagen
        01-05|trettondagsafton
        01-06|trettondedag jul;trettondagen
        06-06|Sveriges nationaldag
        02-14|alla hjärtans dag
        04-30|valborgsmässoafton
        12-13|luciadagen
        11-10|mårtensafton
        11-11|mårtensdagen
        01-13|tjugondedag jul;tjugondag jul
    """,
    "da": """
        12-24|juleaften
        12-25|juledag;første juledag
        12-26|anden juledag
        12-31|nytårsaften
        01-01|nytårsdag
        01-06|helligtrekongersdag
        06-23|sankthansaften
        06-05|grundlovsdag
        11-10|mortensaften
        02-14|valentinsdag
        12-23|lillejuleaften;lille juleaften
        06-23|sankt hans aften
        01-06|helligtrekonger
        05-01|arbejdernes kampdag
    """,
    "no": """
        12-24|julaften
        12-25|første juledag
        12-26|andre juledag
        12-31|nyttårsaften
        01-01|nyttårsdag;første nyttårsdag
        06-23|sankthansaften
        07-29|Olsok
        12-23|lillejulaften;lille julaften
        05-17|grunnlovsdagen;grunnlovsdag
        01-06|hellig tre kongers dag;helligtrekongersdag
        05-01|arbeidernes dag
    """,
    "is": """
        12-24|aðfangadagur;aðfangadag
        12-25|jóladagur;jóladag
        12-26|annar í jólum
        12-31|gamlárskvöld
        01-01|nýársdagur;nýársdag
        01-06|þrettándinn
        12-23|Þorláksmessa;Þorláksmessu
    """,
    "el": """
        12-24|παραμονή Χριστουγέννων
        12-31|παραμονή Πρωτοχρονιάς
        01-01|Πρωτοχρονιά
        01-06|Θεοφάνεια
        08-15|Δεκαπενταύγουστος;Κοίμηση της Θεοτόκου
        03-25|Ευαγγελισμός της Θεοτόκου
        10-28|επέτειος του Όχι;Ημέρα του Όχι
        05-01|Πρωτομαγιά
        12-26|Σύναξη της Θεοτόκου
    """,
    "bg": """
        12-24|Бъдни вечер
        01-01|Васильовден
        01-06|Йордановден
        01-07|Ивановден
        05-06|Гергьовден
        12-06|Никулден
        09-06|Ден на Съединението
        09-22|Ден на независимостта
        11-01|Ден на народните будители
        12-25|Рождество Христово
        01-06|Богоявление
        01-21|Бабинден
        06-29|Петровден
        10-26|Димитровден
        11-30|Андреевден
        12-20|Игнажден
        11-08|Архангеловден
        05-24|Ден на славянската писменост
    """,
    "uk": """
        08-24|День незалежності України;День Незалежності
        06-28|День Конституції України
        01-22|День Соборності України
        02-14|День святого Валентина
    """,
    "tr": """
        12-31|Yılbaşı gecesi
        10-29|Cumhuriyet Bayramı
        08-30|Zafer Bayramı
        04-23|Ulusal Egemenlik ve Çocuk Bayramı
        05-19|Gençlik ve Spor Bayramı
        02-14|Sevgililer Günü
        05-01|Emek ve Dayanışma Günü
    """,
    "mt": """
        12-25|Jum il-Milied
        12-24|Lejlet il-Milied
        12-31|Lejlet l-Ewwel tas-Sena
        01-01|L-Ewwel tas-Sena
        09-21|Jum l-Indipendenza
        12-13|Jum ir-Repubblika
        03-31|Jum il-Ħelsien
        09-08|Jum il-Vitorja
        06-07|Sette Giugno
    """,
    "ca": """
        12-24|Nit de Nadal
        12-25|dia de Nadal
        12-26|dia de Sant Esteve
        12-31|Nit de Cap d'Any
        01-06|dia de Reis
        11-01|Tots Sants
        09-11|Diada Nacional de Catalunya
        04-23|Diada de Sant Jordi;dia de Sant Jordi
        06-23|Revetlla de Sant Joan;Nit de Sant Joan
        08-15|Mare de Déu d'Agost
        01-01|dia de Cap d'Any
        01-05|Nit de Reis
        06-24|dia de Sant Joan
        12-08|la Puríssima;la Immaculada
        05-01|dia del Treball;Festa del Treball
    """,
    "gl": """
        12-24|Noiteboa
        12-25|día de Nadal
        12-31|Noitevella
        01-06|día de Reis
        07-25|Día da Patria Galega;Día Nacional de Galicia
        05-17|Día das Letras Galegas
    """,
    "eu": """
        12-24|Gabon gaua;@Gabon gauean
        12-25|Eguberri eguna;@Eguberri egunean
        12-31|Urte zahar gaua;@Urte zahar gauean
        01-01|Urteberri eguna;@Urteberri egunean
        01-06|Errege eguna;@Errege egunean
        11-01|Santu Guztien eguna;@Santu Guztien egunean
        12-03|Euskararen Eguna;@Euskararen Egunean
    """,
}
"""The names by language, as described above."""

LOWER_CASE_LANGUAGES = frozenset({"fi", "et", "sv", "da", "no", "is", "hu", "sl", "lt", "el"})
"""Languages that write some feast names in lower case; the others need a capital in
the name as written ("on Christmas Day", not "on christmas day"; "jour de Noël")."""


def feast_names(lang: str) -> list[tuple[str, int, int]]:
    """``lang``'s names as (name, month, day), with the apostrophe-less and
    "St."/"Saint" spellings."""
    names: list[tuple[str, int, int]] = []
    for line in FEASTS.get(lang, "").split("\n"):
        if "|" not in line:
            continue
        date, written = line.strip().split("|")
        month, day = (int(part) for part in date.split("-"))
        for name in written.split(";"):
            name = name.removeprefix("@")
            spellings = {name, name.replace("'", ""), name.replace("' ", " ")}
            if name.startswith("St "):
                spellings |= {"St. " + name[3:], "Saint " + name[3:]}
            names.extend((spelt, month, day) for spelt in spellings)
    return names
