//! A deterministic generator of invented news articles, for benchmarks at sizes no real corpus
//! we may ship reaches (10,000 articles ≈ 6 million words).
//!
//! The text has the shapes the engine meets in real news: datelines, named people with roles,
//! places, organisations, counts with qualifiers ("more than 2,300"), money, percentages, dates,
//! quotations and sentences of varied length. Every name is built from syllables, so nothing
//! here names a real person or place.
//!
//! Articles are grouped into stories: every story has its own actors, places and key numbers,
//! and each article about it retells a few of those facts (sometimes with a different number,
//! as real reports disagree) among background sentences about other things. An article made
//! by [`article`] belongs to the same invented world, so checking it against a generated
//! corpus finds evidence the way a real check would.

use crate::corpus::Document;

/// Average words per generated article (the spread is about ±30%).
pub const WORDS_PER_ARTICLE: usize = 600;
/// Articles per story on average: how many reports in a large corpus retell the same facts.
const ARTICLES_PER_STORY: usize = 20;
/// Seed of the invented world (stories, recurring public figures), shared by every corpus and
/// article so that an article to check and a corpus meet on the same stories.
const WORLD_SEED: u64 = 0x5eed_0f_c0ffee;
/// Recurring public figures that background sentences draw on, besides fresh names.
const PUBLIC_FIGURES: usize = 2_000;

/// `n_articles` invented news articles, the same for the same seed.
pub fn generate(n_articles: usize, seed: u64) -> Vec<Document> {
    let stories = story_count(n_articles);
    let world = World::new(stories);
    (0..n_articles)
        .map(|i| {
            let mut rng = Rng::new(seed ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
            let words = rng.range(WORDS_PER_ARTICLE * 7 / 10, WORDS_PER_ARTICLE * 13 / 10);
            let story = &world.stories[rng.below(stories)];
            Document {
                id: format!("synthetic-{i:05}"),
                source: format!("{} {}", capitalise(&place_name(&mut rng)), rng.pick(OUTLETS)),
                language: "en".to_string(),
                text: write_article(&mut rng, &world, story, words),
            }
        })
        .collect()
}

/// One invented article of about `words` words on a story of the world that [`generate`] uses
/// (story `seed % 20`), for checking against a generated corpus.
pub fn article(words: usize, seed: u64) -> String {
    // Story indices below ARTICLES_PER_STORY exist in every generated corpus of 400+ articles.
    let story_index = seed as usize % ARTICLES_PER_STORY;
    let world = World::new(story_index + 1);
    let mut rng = Rng::new(seed.wrapping_add(0xa27_1c1e));
    write_article(&mut rng, &world, &world.stories[story_index], words)
}

fn story_count(n_articles: usize) -> usize {
    (n_articles / ARTICLES_PER_STORY).max(1)
}

// ---- Randomness --------------------------------------------------------------------------------

/// SplitMix64: tiny, fast, and good enough for text; a library PRNG would be a dependency for
/// nothing.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 11) % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// Skewed towards the first items, as mentions of public figures are.
    fn pick_skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(n);
        a.min(b)
    }
}

// ---- Vocabulary --------------------------------------------------------------------------------

const SYLLABLES: &[&str] = &[
    "a", "al", "an", "ar", "bo", "da", "dmi", "el", "fe", "ga", "i", "ka", "le", "li", "ma", "mi",
    "na", "ni", "o", "pa", "ra", "ro", "sa", "se", "ta", "ti", "va", "ve", "ya", "zo", "lu", "ju",
    "mar", "tor", "ren", "sil", "kas", "bel", "dor", "nes", "u", "hra", "ste", "vin", "gor", "cha",
];
const FIRST_ENDINGS: &[&str] = &["", "", "a", "o", "in", "el", "an", "ia", "ey"];
const SURNAME_ENDINGS: &[&str] =
    &["", "ov", "enko", "ski", "ez", "ard", "son", "elli", "ik", "uk", "ova", "ani", "berg", "escu"];
const PLACE_ENDINGS: &[&str] =
    &["", "ia", "burg", "ovo", "stad", "mar", "ora", "esh", "and", "ville", "sk", "port", "ino"];
const OUTLETS: &[&str] = &["Times", "Herald", "Daily", "Tribune", "Post", "News Service", "Radio", "Gazette", "Observer"];
const ROLES: &[&str] = &[
    "president", "prime minister", "foreign minister", "interior minister", "finance minister",
    "opposition leader", "spokesperson", "mayor", "central bank governor", "chief prosecutor",
    "deputy assistant secretary of state", "special envoy", "party chairman", "defence minister",
    "health minister", "union leader", "chief executive", "human rights lawyer", "senior analyst",
    "journalist", "border commander", "electoral commission head", "governor", "ambassador",
];
const MINISTRIES: &[&str] = &[
    "Finance", "Interior", "Health", "Energy", "Defence", "Justice", "Foreign Affairs", "Transport",
    "Agriculture", "Education", "Labour",
];
const BODIES: &[&str] = &[
    "Electoral Commission", "Central Bank", "Supreme Court", "Border Service", "Statistics Office",
    "Chamber of Commerce", "Human Rights Centre", "Red Cross Society", "Press Service",
    "Institute for Strategic Studies", "Federation of Trade Unions",
];
const COMPANIES: &[&str] = &["Holdings", "Group", "Industries", "Energy", "Logistics", "Bank", "Media", "Motors", "Telecom"];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];
const MONTH_ABBREVIATIONS: &[&str] =
    &["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const SMALL_NUMBERS: &[&str] =
    &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const ORDINALS: &[&str] = &["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];
const QUALIFIERS: &[&str] = &["", "", "more than ", "about ", "at least ", "nearly ", "some ", "fewer than ", "roughly "];
/// What happens in a story: (verb in the past, what it is done to).
const EVENTS: &[(&str, &str)] = &[
    ("released", "prisoners"), ("arrested", "protesters"), ("evacuated", "residents"),
    ("cut", "jobs"), ("hired", "workers"), ("detained", "journalists"), ("registered", "voters"),
    ("vaccinated", "children"), ("deported", "migrants"), ("pardoned", "inmates"),
    ("relocated", "families"), ("fined", "companies"), ("closed", "schools"), ("rebuilt", "homes"),
];
const CHARGES: &[&str] = &[
    "taking part in riots", "organising mass unrest", "tax evasion", "treason", "insulting an official",
    "membership of an extremist group", "spreading false information", "bribery", "espionage",
];
const REASONS: &[&str] = &[
    "was a goodwill gesture", "followed months of negotiations", "was long overdue",
    "came under pressure from abroad", "had nothing to do with the sanctions", "was a purely humanitarian step",
    "would be reviewed by the courts", "showed the policy was working",
];
const QUOTE_OPENINGS: &[&str] = &[
    "We will not accept", "This is a first step toward", "Nobody can ignore", "We are ready to discuss",
    "The government has promised", "People are tired of", "We have seen no evidence of", "It is too early to talk about",
];
const QUOTE_OBJECTS: &[&str] = &[
    "a new agreement", "the release of everyone still in prison", "the lifting of sanctions",
    "free and fair elections", "the end of the crackdown", "higher wages", "a lasting ceasefire",
    "the return of the observers", "real reform", "more help for the regions",
];
const TOPICS: &[&str] = &[
    "inflation", "the harvest", "the new budget", "road repairs", "the fuel shortage", "the teachers' strike",
    "the border queues", "the census", "the pension reform", "the heat wave", "the election campaign",
];
const GOODS: &[&str] = &["wheat", "steel", "fertiliser", "natural gas", "timber", "potash", "medicines", "cars"];
const ADJECTIVES: &[&str] = &["sharp", "modest", "unexpected", "steady", "record", "small", "long-awaited", "temporary"];

// ---- The world: stories and recurring people --------------------------------------------------

struct Person {
    name: String,
    role: &'static str,
    place: String,
}

struct Story {
    country: String,
    capital: String,
    other_city: String,
    leader: Person,
    envoy: Person,
    subject: Person,
    witness: Person,
    agency: String,
    watchdog: String,
    event: (&'static str, &'static str),
    count: u64,
    total: u64,
    years: usize,
    charge: &'static str,
    reason: &'static str,
    money_millions: u64,
    percent: u64,
    day: usize,
    month: usize,
    year: usize,
    weekday: usize,
    term: usize,
    quote: String,
}

struct World {
    stories: Vec<Story>,
    public_figures: Vec<Person>,
}

impl World {
    fn new(stories: usize) -> World {
        let mut rng = Rng::new(WORLD_SEED);
        let public_figures = (0..PUBLIC_FIGURES).map(|_| person(&mut rng)).collect();
        // Each story has its own stream, so story i is the same whatever the corpus size.
        let stories = (0..stories).map(|i| Story::new(&mut Rng::new(WORLD_SEED ^ ((i as u64 + 1) << 20)))).collect();
        World { stories, public_figures }
    }
}

impl Story {
    fn new(rng: &mut Rng) -> Story {
        let country = place_name(rng);
        let watchdog_place = place_name(rng);
        Story {
            capital: place_name(rng),
            other_city: place_name(rng),
            leader: Person { name: full_name(rng), role: "president", place: country.clone() },
            envoy: person(rng),
            subject: person(rng),
            witness: person(rng),
            agency: organisation(rng, &country),
            watchdog: organisation(rng, &watchdog_place),
            event: EVENTS[rng.below(EVENTS.len())],
            count: round_count(rng),
            total: round_count(rng) * 10,
            years: rng.range(2, 12),
            charge: rng.pick(CHARGES),
            reason: rng.pick(REASONS),
            money_millions: rng.range(2, 900) as u64,
            percent: rng.range(3, 95) as u64,
            day: rng.range(1, 28),
            month: rng.below(12),
            year: rng.range(2015, 2026),
            weekday: rng.below(7),
            term: rng.below(ORDINALS.len()),
            quote: format!("{} {}", rng.pick(QUOTE_OPENINGS), rng.pick(QUOTE_OBJECTS)),
            country,
        }
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn syllables(rng: &mut Rng, lo: usize, hi: usize, endings: &[&str]) -> String {
    let mut word = String::new();
    for _ in 0..rng.range(lo, hi) {
        word.push_str(rng.pick(SYLLABLES));
    }
    word.push_str(rng.pick(endings));
    capitalise(&word)
}

fn full_name(rng: &mut Rng) -> String {
    format!("{} {}", syllables(rng, 1, 2, FIRST_ENDINGS), syllables(rng, 2, 3, SURNAME_ENDINGS))
}

fn place_name(rng: &mut Rng) -> String {
    syllables(rng, 1, 2, PLACE_ENDINGS)
}

fn person(rng: &mut Rng) -> Person {
    Person { name: full_name(rng), role: rng.pick(ROLES), place: place_name(rng) }
}

fn organisation(rng: &mut Rng, place: &str) -> String {
    match rng.below(4) {
        0 => format!("the {place} Ministry of {}", rng.pick(MINISTRIES)),
        1 => format!("the {place} {}", rng.pick(BODIES)),
        2 => format!("{} {}", syllables(rng, 2, 3, SURNAME_ENDINGS), rng.pick(COMPANIES)),
        _ => format!("the {} {}", syllables(rng, 2, 3, SURNAME_ENDINGS), rng.pick(BODIES)),
    }
}

/// A count as news gives it: 7, 37, 250, 2,300, 65,000.
fn round_count(rng: &mut Rng) -> u64 {
    match rng.below(4) {
        0 => rng.range(3, 60) as u64,
        1 => rng.range(2, 99) as u64 * 10,
        2 => rng.range(11, 99) as u64 * 100,
        _ => rng.range(2, 99) as u64 * 1000,
    }
}

/// 2300 → "2,300".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn money(millions: u64) -> String {
    if millions >= 1000 {
        format!("${:.1} billion", millions as f64 / 1000.0)
    } else {
        format!("${millions} million")
    }
}

fn date(rng: &mut Rng, story: &Story) -> String {
    match rng.below(3) {
        0 => format!("on {} {}, {}", MONTH_ABBREVIATIONS[story.month], story.day, story.year),
        1 => format!("in {} {}", MONTHS[story.month], story.year),
        _ => format!("on {}", WEEKDAYS[story.weekday]),
    }
}

/// A story's number as one report gives it: usually the same, now and then another figure.
fn reported(rng: &mut Rng, value: u64) -> String {
    let value = if rng.chance(0.15) { value + value / 4 + 1 } else { value };
    format!("{}{}", rng.pick(QUALIFIERS), thousands(value))
}

// ---- Writing -------------------------------------------------------------------------------

fn write_article(rng: &mut Rng, world: &World, story: &Story, words: usize) -> String {
    let mut text = String::new();
    let mut written = 0;
    let mut paragraph = 0;
    // Each of the story's facts is told at most once, in an order of this article's own.
    let mut facts: Vec<usize> = (0..STORY_SENTENCES).collect();
    for i in (1..facts.len()).rev() {
        facts.swap(i, rng.below(i + 1));
    }
    // The lead always tells the story; later paragraphs mix its facts with background.
    let lead = format!(
        "{}, {} — Authorities in {} {} {} {} {}, {} said, in what {} called a step that {}.",
        story.capital.to_uppercase(),
        story.country,
        story.country,
        date(rng, story),
        story.event.0,
        reported(rng, story.count),
        story.event.1,
        story.agency,
        story.leader.name,
        story.reason,
    );
    push_sentence(&mut text, &mut written, &lead);
    while written < words {
        text.push('\n');
        paragraph += 1;
        for _ in 0..rng.range(1, 3) {
            let sentence = if rng.chance(0.3) && !facts.is_empty() {
                let fact = facts.pop().unwrap_or_default();
                story_sentence(rng, story, fact)
            } else {
                background_sentence(rng, world, story)
            };
            push_sentence(&mut text, &mut written, &sentence);
            if written >= words {
                break;
            }
        }
        if paragraph % 7 == 0 && rng.chance(0.5) {
            text.push_str(&format!("\nSEE ALSO: {} in {}", capitalise(rng.pick(TOPICS)), place_name(rng)));
        }
    }
    text.push('\n');
    text
}

fn push_sentence(text: &mut String, written: &mut usize, sentence: &str) {
    if !text.is_empty() && !text.ends_with('\n') {
        text.push(' ');
    }
    text.push_str(sentence);
    *written += sentence.split_whitespace().count();
}

/// How many different facts of a story [`story_sentence`] can tell.
const STORY_SENTENCES: usize = 14;

/// The story's fact number `fact`, in words that vary a little from report to report.
fn story_sentence(rng: &mut Rng, s: &Story, fact: usize) -> String {
    let (verb, things) = s.event;
    match fact {
        0 => format!(
            "{}, who was sentenced to {} years in prison on charges of {}, was among those {verb}.",
            s.subject.name, SMALL_NUMBERS[(s.years - 2) % SMALL_NUMBERS.len()], s.charge
        ),
        1 => format!(
            "The move comes after {} won a {} term in an election {} that {} dismissed as a farce.",
            s.leader.name, ORDINALS[s.term], date(rng, s), s.watchdog
        ),
        2 => format!(
            "{} people have been {verb} since {}, according to {}.",
            capitalise(&reported(rng, s.total)), MONTHS[(s.month + 6) % 12], s.watchdog
        ),
        3 => format!("“{}{}” {}, the {}, told reporters in {} {}.", s.quote, if rng.chance(0.5) { "," } else { ", he said," }, s.witness.name, s.witness.role, s.other_city, date(rng, s)),
        4 => format!(
            "{} {} {} met {}, {} {}, in {} {}.",
            s.country, s.leader.role, s.leader.name, s.envoy.name, article_for(s.envoy.role), s.envoy.role, s.capital, date(rng, s)
        ),
        5 => format!("{} put the cost at {}, about {} percent of its annual budget.", capitalise(&s.agency), money(s.money_millions), s.percent),
        6 => format!(
            "{} has ruled {} since {}, and the opposition says more than {} people remain in prison.",
            s.leader.name, s.country, s.year - 10 - s.term, thousands(s.total * 2)
        ),
        7 => format!("{}’s {} {} said {} that the decision {}.", s.country, s.envoy.role, s.envoy.name, date(rng, s), s.reason),
        8 => format!(
            "The {} {things} were {verb} in {} and {} and taken to the border, {} said.",
            thousands(s.count), s.capital, s.other_city, s.witness.name
        ),
        9 => format!("{} said on {} that {}.", s.leader.name, WEEKDAYS[s.weekday], lowercase_first(&s.quote)),
        10 => format!(
            "{} had been held in {} since {} {}, {} said.",
            s.subject.name, s.other_city, MONTHS[s.month], s.year - 1, s.watchdog
        ),
        11 => format!(
            "In a statement, {} said {} of those {verb} were {}.",
            s.agency, rng.pick(&["most", "many", "some", "two-thirds"]), rng.pick(&["women", "pensioners", "foreign citizens", "students"])
        ),
        12 => format!(
            "{} the {} time this year that authorities in {} have {verb} {things}, after a smaller group in {}.",
            rng.pick(&["It is", "This is", "It was"]), ORDINALS[s.term % 3], s.country, MONTHS[(s.month + 9) % 12]
        ),
        _ => format!(
            "{}, {} {} based in {}, said the {} {things} {} {}.",
            s.envoy.name, article_for(s.envoy.role), s.envoy.role, s.envoy.place, reported(rng, s.count), rng.pick(&["had not been charged", "would be allowed to leave", "were in poor health"]), date(rng, s)
        ),
    }
}

/// A sentence about something else: other people, other numbers, other places.
fn background_sentence(rng: &mut Rng, world: &World, story: &Story) -> String {
    let figure = &world.public_figures[rng.pick_skewed(world.public_figures.len())];
    let fresh = person(rng);
    let someone = if rng.chance(0.5) { figure } else { &fresh };
    let place = if rng.chance(0.4) { story.country.clone() } else { place_name(rng) };
    let month = rng.pick(MONTHS);
    let year = rng.range(1995, 2026);
    match rng.below(20) {
        0 => format!(
            "{}, {} {} in {}, said {} would cost {}.",
            someone.name, article_for(someone.role), someone.role, someone.place, rng.pick(TOPICS), money(rng.range(1, 4000) as u64)
        ),
        1 => format!(
            "Prices in {place} rose {}.{} percent in {month}, the {} increase since {year}.",
            rng.range(1, 19), rng.below(10), rng.pick(ADJECTIVES)
        ),
        2 => format!("“{} {},” said {}, who has {} the campaign since {year}.", rng.pick(QUOTE_OPENINGS), rng.pick(QUOTE_OBJECTS), someone.name, rng.pick(&["led", "backed", "opposed", "funded"])),
        3 => format!(
            "{} exported {} tonnes of {} last year, {} percent more than in {}.",
            place, thousands(round_count(rng) * 100), rng.pick(GOODS), rng.range(2, 60), year
        ),
        4 => format!("{} was appointed {} in {month} {year}, replacing {}.", someone.name, someone.role, full_name(rng)),
        5 => {
            let crowd = round_count(rng).max(20) * 10;
            format!(
                "About {} {} gathered in central {} on {}, police said, though organisers put the number at {}.",
                thousands(crowd), rng.pick(&["people", "protesters", "workers", "students", "farmers"]), place, rng.pick(WEEKDAYS), thousands(crowd * rng.range(2, 5) as u64)
            )
        }
        6 => format!("The talks in {place} are expected to resume next {}.", rng.pick(&["week", "month", "year", "spring", "autumn"])),
        7 => format!(
            "{} holds {} seats in the {}-member parliament after the vote on {} {}.",
            capitalise(&organisation(rng, &place)), rng.range(5, 120), rng.range(121, 450), MONTH_ABBREVIATIONS[rng.below(12)], rng.range(1, 28)
        ),
        8 => format!("{} did not respond to a request for comment.", capitalise(&organisation(rng, &place))),
        9 => format!(
            "The {} {} in {} was the {} in {} years.",
            rng.pick(ADJECTIVES), rng.pick(TOPICS).trim_start_matches("the "), place, rng.pick(&["largest", "first", "worst", "longest"]), SMALL_NUMBERS[rng.below(SMALL_NUMBERS.len())]
        ),
        10 => format!("{} {} told the {} {} that {} {} {} in {}.", someone.role.split(' ').map(capitalise).collect::<Vec<_>>().join(" "), someone.name, place_name(rng), rng.pick(OUTLETS), thousands(round_count(rng)), rng.pick(&["cases", "complaints", "applications", "arrests"]), rng.pick(&["were recorded", "were filed", "were made"]), month),
        11 => format!("In {year}, {} was fined {} for {}.", organisation(rng, &place), money(rng.range(1, 300) as u64), rng.pick(CHARGES)),
        12 => {
            let kind = rng.pick(&["trade", "transit", "energy", "security"]);
            format!(
                "{} and {} signed {} {kind} agreement on {} worth {}.",
                place, place_name(rng), article_for(kind), rng.pick(GOODS), money(rng.range(5, 2500) as u64)
            )
        }
        13 => {
            let poll_month = rng.pick(MONTHS);
            format!(
                "Some {} percent of respondents in {} {poll_month} poll said {} was their main concern, up from {} percent in {year}.",
                rng.range(10, 80), article_for(&poll_month.to_lowercase()), rng.pick(TOPICS), rng.range(5, 40)
            )
        }
        14 => format!(
            "A court in {place} sentenced {} to {} years in prison for {}, {} said on {}.",
            fresh.name, SMALL_NUMBERS[rng.below(SMALL_NUMBERS.len())], rng.pick(CHARGES), figure.name, rng.pick(WEEKDAYS)
        ),
        15 => format!(
            "Temperatures in {place} reached {} degrees Celsius on {}, and {} flights were cancelled.",
            rng.range(30, 44), rng.pick(WEEKDAYS), rng.range(4, 300)
        ),
        16 => format!(
            "Unemployment in {place} fell to {}.{} percent in {month} from {}.{} percent a year earlier, {} said.",
            rng.range(2, 14), rng.below(10), rng.range(3, 16), rng.below(10), organisation(rng, &place)
        ),
        17 => format!(
            "{} resigned as {} in {month}, {} months after {} took office.",
            someone.name, someone.role, rng.range(2, 40), lowercase_first(&pronoun(rng))
        ),
        18 => format!(
            "The new line between {place} and {} will carry {} passengers a day when it opens in {}.",
            place_name(rng), thousands(round_count(rng) * 10), rng.range(2026, 2032)
        ),
        _ => format!(
            "{}’s {} {} visited {} for {} days, meeting {} and {}.",
            someone.place, someone.role, someone.name, place, SMALL_NUMBERS[rng.below(4)], full_name(rng), organisation(rng, &place)
        ),
    }
}

fn article_for(noun: &str) -> &'static str {
    if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

fn pronoun(rng: &mut Rng) -> String {
    rng.pick(&["He", "She", "They"]).to_string()
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> usize {
        text.split_whitespace().count()
    }

    #[test]
    fn the_same_seed_gives_the_same_corpus_and_another_seed_another() {
        assert_eq!(generate(30, 7), generate(30, 7));
        assert_eq!(article(1000, 3), article(1000, 3));
        assert_ne!(generate(30, 7)[0].text, generate(30, 8)[0].text);
        assert_ne!(article(1000, 3), article(1000, 4));
    }

    #[test]
    fn sizes_are_about_what_was_asked() {
        let corpus = generate(200, 1);
        assert_eq!(corpus.len(), 200);
        let average = corpus.iter().map(|d| words(&d.text)).sum::<usize>() / corpus.len();
        assert!((500..=700).contains(&average), "average {average} words");
        let one = words(&article(1000, 1));
        assert!((1000..1080).contains(&one), "{one} words");
    }

    #[test]
    fn articles_are_not_copies_of_one_text() {
        let corpus = generate(50, 2);
        let mut sentences = std::collections::HashSet::new();
        let mut total = 0;
        for document in &corpus {
            for sentence in document.text.split(". ") {
                sentences.insert(sentence);
                total += 1;
            }
        }
        // Reports on one story share some facts, as real ones do, but most sentences differ.
        assert!(sentences.len() * 10 > total * 6, "{} distinct of {total}", sentences.len());
        let ids: std::collections::HashSet<_> = corpus.iter().map(|d| &d.id).collect();
        assert_eq!(ids.len(), corpus.len());
    }

    #[test]
    fn an_article_to_check_shares_its_story_with_the_corpus() {
        let corpus = generate(100, 5);
        let text = article(1000, 0);
        let lead_place = text.split(',').next().unwrap().to_string();
        assert!(corpus.iter().any(|d| d.text.starts_with(&lead_place)), "no corpus article from {lead_place}");
    }

    #[test]
    fn numbers_are_written_as_news_writes_them() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(2300), "2,300");
        assert_eq!(thousands(65000), "65,000");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(money(4500), "$4.5 billion");
    }
}
