//! A deterministic generator of realistic Dutch verbeterplannen for the benchmark: varied
//! section templates and wording, and somewhere in the corpus everything vt-lint looks for
//! (missing parts, vague terms and deadlines, judgements, absolute claims, invalid dates and
//! weekday mismatches, mixed je/u, placeholders, long sentences, health terms, a BSN).

use vt_lint::analysis::dates::{Date, MONTHS, WEEKDAYS};

/// SplitMix64: small, fast, and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `pct` percent.
    pub fn chance(&mut self, pct: usize) -> bool {
        self.below(100) < pct
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Sanne", "Tom", "Fatima", "Jeroen", "Ingrid", "Mohammed", "Lotte", "Bram", "Esra", "Daan",
    "Anouk", "Kees", "Noor", "Thijs", "Yara", "Sem", "Inge", "Youssef", "Femke", "Ruud",
];
const LAST: &[&str] = &[
    "de Vries",
    "Bakker",
    "El Amrani",
    "Jansen",
    "Smit",
    "Visser",
    "van Dijk",
    "Mulder",
    "Yılmaz",
    "de Boer",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "Çelik",
    "Willems",
    "van den Berg",
    "Bos",
    "Schouten",
];
const ROLES: &[(&str, &str)] = &[
    ("medewerker klantenservice", "Klantenservice"),
    ("accountmanager", "Sales"),
    ("magazijnmedewerker", "Logistiek"),
    ("verzorgende IG", "Thuiszorg team Oost"),
    ("servicedeskmedewerker", "IT-helpdesk"),
    ("administratief medewerker", "Financiën"),
    ("planner", "Planning"),
    ("docent", "Team Techniek"),
    ("monteur", "Buitendienst"),
    ("receptioniste", "Facilitair"),
];
const MANAGERS: &[&str] = &[
    "Wouter Mulder",
    "Esther van Leeuwen",
    "Marco Dekker",
    "Priya Ramdin",
    "Henk Kok",
    "Sophie Janssen",
];

/// Problems: (what goes wrong, with a number; the matching goal).
const PROBLEMS: &[(&str, &str)] = &[
    (
        "In {m1} en {m2} bleven {n} klantmails langer dan drie werkdagen onbeantwoord.",
        "beantwoordt elke klantmail binnen één werkdag",
    ),
    (
        "In {m1} ontbrak bij {n} van de 310 bezoeken de rapportage in het cliëntdossier.",
        "rapporteert na elk bezoek binnen twee uur in het cliëntdossier",
    ),
    (
        "Tussen {m1} en {m2} kwam {je} {n} keer meer dan vijftien minuten te laat op {jouw} werk.",
        "begint elke dienst op de geplande tijd",
    ),
    (
        "In het tweede kwartaal haalde {je} {n}% van het kwartaalquotum; de norm is 80%.",
        "haalt per kwartaal minimaal 80% van het quotum",
    ),
    (
        "Van de orders die {je} in {m1} verzamelde, bevatten er {n} een verkeerd artikel.",
        "verzamelt orders met minder dan 1% fouten",
    ),
    (
        "In {m2} sloot {je} {n} tickets zonder oplossing af, waardoor klanten opnieuw belden.",
        "sluit een ticket pas af als de klant de oplossing heeft bevestigd",
    ),
    (
        "De maandrapportage van {m1} was {n} werkdagen te laat klaar.",
        "levert de maandrapportage uiterlijk de vijfde werkdag van de maand aan",
    ),
];

/// Vague goals and other wording that rules report.
const VAGUE: &[&str] = &[
    "{Je} moet proactiever worden in het oppakken van taken.",
    "We verwachten dat {je} beter gaat communiceren met collega's.",
    "{Je} toont meer initiatief tijdens het teamoverleg.",
    "{Je} werkt klantgerichter en flexibeler.",
    "{Je} neemt meer verantwoordelijkheid voor {jouw} eigen werk.",
    "Het is belangrijk dat {je} aan {jezelf} gaat werken.",
    "{Je} stelt {jezelf} professioneler op.",
];
const VAGUE_DEADLINES: &[&str] = &[
    "Dit pak {je} z.s.m. op.",
    "De eerste stappen zet {je} binnenkort.",
    "Dit moet op korte termijn geregeld zijn.",
    "Het overzicht lever {je} zo snel mogelijk aan.",
    "Te zijner tijd bespreken we de resultaten.",
];
const JUDGEMENTS: &[&str] = &[
    "Collega's vinden {jou} lui en ongeïnteresseerd.",
    "{Je} hebt een negatieve instelling.",
    "{Jouw} houding is onverschillig.",
    "{Je} bent altijd te laat en {je} luistert nooit naar feedback.",
    "Iedereen in het team ergert zich aan {jou}.",
];
const HEALTH: &[&str] = &[
    "{Je} gaf aan dat {je} tegen een burn-out aan zit.",
    "Volgens {jou} spelen er rugklachten, waarvoor {je} bij de fysiotherapeut loopt.",
    "Sinds de zomer gebruik {je} medicatie tegen depressieve klachten.",
];
const SUPPORT: &[&str] = &[
    "Elke maandag is er een coachingsgesprek van 30 minuten met {manager}.",
    "{Je} volgt op {date} de training \"Klantgericht schrijven\".",
    "Een ervaren collega werkt de eerste twee weken met {jou} mee.",
    "{Je} krijgt een tablet met een snelkoppeling naar het dossier.",
    "De planner maakt elke week tien minuten extra ruimte in {jouw} rooster.",
    "Na elke evaluatie bespreken we of {je} extra begeleiding nodig hebt.",
];
const HISTORY: &[&str] = &[
    "Tijdens het functioneringsgesprek op {date} hebben we dit met {jou} besproken.",
    "Op {date} ontving {je} een e-mail met een overzicht van de gemiste afspraken.",
    "In het beoordelingsgesprek van {date} is dit punt ook al genoemd.",
];
const CONSEQUENCES: &[&str] = &[
    "Als de doelen op de einddatum niet zijn gehaald, kan dit leiden tot beëindiging van het dienstverband.",
    "Haal {je} de doelen niet, dan bespreken we een andere functie of beëindiging van de arbeidsovereenkomst.",
    "Bij onvoldoende verbetering volgt een gesprek over de gevolgen, tot en met ontslag.",
];
const POSITIVE: &[&str] = &[
    "Als het lukt, sluiten we het traject af en gaat {je} verder in {jouw} huidige functie.",
    "Slaagt het traject, dan is het verbeterplan afgerond en volgt een gewone beoordeling.",
];
const FILLER: &[&str] = &[
    "We hebben er vertrouwen in dat {je} dit met de juiste begeleiding kunt bereiken.",
    "Het doel van dit plan is dat {je} weer volledig aan de verwachtingen van de functie voldoet.",
    "Afspraken die we tijdens het traject maken, leggen we vast in een kort verslag dat {je} binnen twee werkdagen ontvangt.",
    "Vragen over dit plan kan {je} altijd stellen aan {manager} of aan de HR-adviseur.",
    "{Je} houdt zelf een logboek bij van de acties uit dit plan.",
    "De afspraken gelden voor alle diensten, ook als {je} op een andere locatie werkt.",
];
const LONG: &str = "Omdat in de afgelopen maanden herhaaldelijk is gebleken dat de afspraken over de planning, de rapportage en de overdracht aan collega's niet op de afgesproken manier zijn nagekomen, waardoor klanten en collega's hinder hebben ondervonden en de teamleider meerdere keren heeft moeten ingrijpen om de continuïteit van de dienstverlening te waarborgen, is besloten dat er een verbetertraject wordt gestart waarin de verwachtingen, de ondersteuning en de gevolgen van het al dan niet behalen van de doelen helder en volledig worden vastgelegd zodat er achteraf geen misverstand over kan bestaan.";

/// A generated plan's Markdown.
pub fn plan(seed: u64) -> String {
    let mut r = Rng::new(seed);
    Gen::new(&mut r).build()
}

struct Gen<'r> {
    r: &'r mut Rng,
    u: bool,
    mixed: bool,
    name: String,
    manager: &'static str,
    start: Date,
    weeks: u32,
}

impl<'r> Gen<'r> {
    fn new(r: &'r mut Rng) -> Gen<'r> {
        let u = r.chance(25);
        let mixed = r.chance(8);
        let name = format!("{} {}", r.pick(FIRST), r.pick(LAST));
        let manager = *r.pick(MANAGERS);
        let start = Date::from_days(Date::new(2025, 1, 6).days() + r.below(700) as i64);
        let weeks = *r.pick(&[6, 8, 8, 10, 12, 12, 13]);
        Gen {
            r,
            u,
            mixed,
            name,
            manager,
            start,
            weeks,
        }
    }

    /// Fill in {je}, {jou}, {date}, … in a template sentence.
    fn fill(&mut self, t: &str) -> String {
        let u = if self.mixed {
            self.r.chance(50)
        } else {
            self.u
        };
        let (je, jou, jouw, jezelf) = if u {
            ("u", "u", "uw", "uzelf")
        } else {
            ("je", "jou", "je", "jezelf")
        };
        let cap = |s: &str| {
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        };
        let mut s = t
            .replace("{je}", je)
            .replace("{Je}", &cap(je))
            .replace("{jou}", jou)
            .replace("{Jou}", &cap(jou))
            .replace("{jouw}", jouw)
            .replace("{Jouw}", &cap(jouw))
            .replace("{jezelf}", jezelf)
            .replace("{manager}", self.manager);
        if u && s.contains("hebt") {
            s = s.replace("hebt", "heeft");
        }
        while let Some(p) = s.find("{date}") {
            let d = self.date_near(-60);
            s.replace_range(p..p + 6, &d);
        }
        let m1 = MONTHS[self.r.below(12)];
        let m2 = MONTHS[self.r.below(12)];
        let n = self.r.range(3, 40).to_string();
        s.replace("{m1}", m1).replace("{m2}", m2).replace("{n}", &n)
    }

    /// A date written one of several ways, `offset_days` around the start.
    fn date_near(&mut self, offset_days: i64) -> String {
        let d = Date::from_days(self.start.days() + offset_days + self.r.below(20) as i64);
        self.write_date(d)
    }

    fn write_date(&mut self, d: Date) -> String {
        let month = MONTHS[(d.month - 1) as usize];
        match self.r.below(10) {
            0 => format!("{:02}-{:02}-{}", d.day, d.month, d.year),
            1 => format!("{}-{:02}-{:02}", d.year, d.month, d.day),
            2 => {
                // A weekday, right or (now and then) wrong.
                let wd = if self.r.chance(20) {
                    (d.weekday() + 1 + self.r.below(6)) % 7
                } else {
                    d.weekday()
                };
                format!("{} {} {} {}", WEEKDAYS[wd], d.day, month, d.year)
            }
            3 => format!("{} {}", d.day, month),
            _ => format!("{} {} {}", d.day, month, d.year),
        }
    }

    fn heading(&mut self, level: usize, text: &str, numbered: Option<usize>) -> String {
        let t = match numbered {
            Some(n) => format!("{n}. {text}"),
            None => text.to_string(),
        };
        if level == 2 && self.r.chance(10) {
            // Setext heading.
            format!("{t}\n{}\n\n", "-".repeat(t.chars().count()))
        } else {
            format!("{} {t}\n\n", "#".repeat(level))
        }
    }

    fn build(mut self) -> String {
        let target = self.r.range(2000, 5000);
        let (role, dept) = *self.r.pick(ROLES);
        let end = Date::from_days(self.start.days() + 7 * self.weeks as i64);
        let numbered = self.r.chance(40);
        let crlf = self.r.chance(10);
        let bom = self.r.chance(5);
        let mut sections: Vec<(String, Vec<String>, bool)> = Vec::new(); // (title, lines, list)

        // Which parts this plan leaves out (most plans have all of them).
        let missing = if self.r.chance(30) {
            self.r.below(10)
        } else {
            usize::MAX
        };
        let placeholder = self.r.chance(10);

        // Problem.
        let problems: Vec<(String, &str)> = (0..self.r.range(1, 3))
            .map(|_| {
                let (p, g) = *self.r.pick(PROBLEMS);
                (self.fill(p), g)
            })
            .collect();
        let mut lines: Vec<String> = problems.iter().map(|(p, _)| p.clone()).collect();
        if self.r.chance(25) {
            let j = *self.r.pick(JUDGEMENTS);
            lines.push(self.fill(j));
        }
        if self.r.chance(12) {
            let h = *self.r.pick(HEALTH);
            lines.push(self.fill(h));
        }
        if self.r.chance(8) {
            lines.push(LONG.to_string());
        }
        if missing != 0 {
            let t = *self.r.pick(&[
                "Aanleiding",
                "Probleemstelling",
                "Huidige situatie",
                "Wat gaat er niet goed?",
            ]);
            sections.push((t.into(), lines, false));
        }
        // History.
        if missing != 8 {
            let t = *self.r.pick(&[
                "Voorgeschiedenis",
                "Eerdere gesprekken",
                "Wat ging eraan vooraf?",
            ]);
            let h = (0..self.r.range(1, 2))
                .map(|_| {
                    let h = *self.r.pick(HISTORY);
                    self.fill(h)
                })
                .collect();
            sections.push((t.into(), h, false));
        }
        // Goals.
        if missing != 1 {
            let t = *self.r.pick(&[
                "Verbeterpunten",
                "Doelen",
                "Wat verwachten we van je?",
                "Verwachtingen",
            ]);
            let mut g: Vec<String> = problems
                .iter()
                .map(|(_, g)| {
                    let s = format!("{{Je}} {g}.");
                    self.fill(&s)
                })
                .collect();
            if self.r.chance(35) {
                let v = *self.r.pick(VAGUE);
                g.push(self.fill(v));
            }
            if self.r.chance(20) {
                let v = *self.r.pick(VAGUE_DEADLINES);
                g.push(self.fill(v));
            }
            let deadline = Date::from_days(self.start.days() + 21);
            let dl = self.write_date(deadline);
            g.push(self.fill(&format!("{{Je}} rondt de e-learning uiterlijk op {dl} af.")));
            sections.push((t.into(), g, true));
        }
        // Success criteria.
        if missing != 2 {
            let t = *self
                .r
                .pick(&["Succescriteria", "Wanneer is het traject geslaagd?", "Norm"]);
            let e = self.write_date(end);
            let mut s = vec![format!("Het traject is geslaagd als op {e} blijkt dat:")];
            for (_, g) in problems.clone() {
                let line = format!("- {{je}} {g} in minimaal 95% van de gevallen;");
                s.push(self.fill(&line));
            }
            sections.push((t.into(), s, false));
        }
        // Support.
        if missing != 3 {
            let t = *self.r.pick(&[
                "Ondersteuning",
                "Ondersteuning en begeleiding",
                "Hoe helpen we je?",
            ]);
            let s = if placeholder && self.r.chance(50) {
                vec!["<invullen>".to_string()]
            } else {
                (0..self.r.range(2, 4))
                    .map(|_| {
                        let s = *self.r.pick(SUPPORT);
                        self.fill(s)
                    })
                    .collect()
            };
            sections.push((t.into(), s, true));
        }
        // Period.
        if missing != 4 {
            let t = *self
                .r
                .pick(&["Looptijd", "Duur van het traject", "Periode"]);
            let mut s = Vec::new();
            let sd = self.write_date(self.start);
            let ed = if self.r.chance(5) {
                // An end date that does not exist.
                format!("31 april {}", end.year)
            } else {
                self.write_date(end)
            };
            match self.r.below(3) {
                0 => s.push(format!("Het traject loopt van {sd} tot en met {ed}.")),
                1 => {
                    s.push(format!("Startdatum: {sd}  "));
                    s.push(format!("Einddatum: {ed}"));
                }
                _ => s.push(format!(
                    "Het traject duurt {} weken en start op {sd}.",
                    self.weeks
                )),
            }
            if placeholder {
                s.push("Verlenging: eventueel tot 20XX.".into());
            }
            sections.push((t.into(), s, false));
        }
        // Evaluations.
        if missing != 5 {
            let t = *self
                .r
                .pick(&["Evaluatiemomenten", "Evaluatie", "Voortgangsgesprekken"]);
            let n = self.r.range(2, 4);
            let mut s = Vec::new();
            for i in 1..=n {
                let d = Date::from_days(
                    self.start.days() + (7 * self.weeks as i64 * i as i64) / n as i64,
                );
                let ds = self.write_date(d);
                let what = if i == n {
                    "Eindevaluatie"
                } else {
                    "Tussenevaluatie"
                };
                s.push(format!("{what} {i}: {ds}"));
            }
            sections.push((t.into(), s, true));
        }
        // Consequences and positive outcome.
        if missing != 6 {
            let c = *self.r.pick(CONSEQUENCES);
            let c = self.fill(c);
            sections.push(("Gevolgen".into(), vec![c], false));
        }
        if missing != 7 {
            let p = *self.r.pick(POSITIVE);
            let p = self.fill(p);
            sections.push(("Als het lukt".into(), vec![p], false));
        }

        // Grow the plan to its target size with more detail.
        let mut size: usize = sections
            .iter()
            .map(|(t, l, _)| t.len() + l.iter().map(|x| x.len() + 3).sum::<usize>())
            .sum::<usize>()
            + 600;
        let mut guard = 0;
        while size < target && guard < 60 && !sections.is_empty() {
            guard += 1;
            let f = *self.r.pick(FILLER);
            let mut line = self.fill(f);
            if self.r.chance(15) {
                let v = *self.r.pick(VAGUE);
                line = self.fill(v);
            }
            if size + line.len() > 4900 {
                break;
            }
            size += line.len() + 3;
            let i = self.r.below(sections.len());
            sections[i].1.push(line);
        }

        // Render.
        let mut out = String::with_capacity(target + 512);
        if bom {
            out.push('\u{FEFF}');
        }
        if self.r.chance(15) {
            out.push_str(&format!(
                "---\nmedewerker: {}\nfunctie: {role}\nstartdatum: {}-{:02}-{:02}\n---\n\n",
                self.name, self.start.year, self.start.month, self.start.day
            ));
        }
        let title = self.name.clone();
        out.push_str(&self.heading(1, &format!("Verbeterplan {title}"), None));
        if self.r.chance(50) {
            out.push_str(&format!(
                "| Gegeven | Waarde |\n|---|---|\n| Naam | {title} |\n| Functie | {role} |\n| Afdeling | {dept} |\n| Leidinggevende | {} |\n\n",
                self.manager
            ));
        } else {
            out.push_str(&format!(
                "**Naam:** {title}  \n**Functie:** {role}, afdeling {dept}  \n**Leidinggevende:** {}\n\n",
                self.manager
            ));
        }
        if self.r.chance(10) {
            out.push_str("BSN: 111222333\n\n");
        }
        for (n, (t, lines, list)) in sections.iter().enumerate() {
            let num = numbered.then_some(n + 1);
            out.push_str(&self.heading(2, t, num));
            for l in lines {
                if *list && !l.starts_with('<') {
                    if self.r.chance(15) {
                        out.push_str(&format!("1. {l}\n"));
                    } else {
                        out.push_str(&format!("- {l}\n"));
                    }
                } else {
                    out.push_str(l);
                    out.push_str("\n\n");
                }
            }
            if *list {
                out.push('\n');
            }
            if self.r.chance(5) {
                out.push_str("<!-- toelichting voor HR: nog nakijken -->\n\n");
            }
            if self.r.chance(4) {
                out.push_str("```\nuitvoer van het planningssysteem, week 12\n```\n\n");
            }
        }
        if missing != 9 {
            out.push_str(&self.heading(2, "Ondertekening", numbered.then_some(sections.len() + 1)));
            let who = if placeholder {
                "[Naam manager]".to_string()
            } else {
                self.manager.to_string()
            };
            out.push_str(&format!(
                "| Naam | Rol | Datum | Handtekening |\n|---|---|---|---|\n| {} | medewerker | | |\n| {who} | leidinggevende | | |\n",
                self.name
            ));
        }
        if crlf {
            out = out.replace('\n', "\r\n");
        }
        out
    }
}
