//! Titles, offices, sides and family relations: the words that say who someone is. General
//! vocabulary of news about public life, courts, business, sport and families.

use super::WordSet;

pub static TITLE_SET: WordSet = WordSet::new(TITLES);
pub static RANK_MODIFIER_SET: WordSet = WordSet::new(RANK_MODIFIERS);
pub static ORGANISATION_WORD_SET: WordSet = WordSet::new(ORGANISATION_WORDS);
pub static AGENT_NOUN_SET: WordSet = WordSet::new(AGENT_NOUNS);

/// Words that head a role ("secretary", "president", "lawyer").
pub const TITLES: &[&str] = &[
    "president", "secretary", "minister", "chief", "director", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman",
    "chair", "chairperson", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "mayor",
    "senator", "general", "commander", "judge", "justice", "magistrate", "editor", "head", "leader", "chancellor", "premier",
    "prime", "founder", "cofounder", "co-founder", "coordinator", "adviser", "advisor", "undersecretary", "treasurer",
    "prosecutor", "attorney", "lawyer", "counsel", "solicitor", "barrister", "officer", "councillor", "councilman", "councilwoman",
    "deputy", "king", "queen", "pope", "prince", "princess", "engineer", "economist", "architect", "scientist",
    "executive", "manager", "captain", "coach", "professor", "analyst", "partner", "representative",
    "legislator", "lawmaker", "congressman", "congresswoman", "mp", "governor-general", "sheriff", "commissioner",
    "inspector", "superintendent", "marshal", "admiral", "colonel", "lieutenant", "sergeant", "major",
    "quarterback", "striker", "goalkeeper", "midfielder", "defender", "guard", "forward", "pitcher", "manager",
    "correspondent", "reporter", "columnist", "anchor", "producer", "presenter", "investor", "owner",
    "candidate", "nominee", "chairmen", "spokespeople", "mate",
];

/// Words that set a role's rank: "deputy assistant minister" is not "deputy minister".
pub const RANK_MODIFIERS: &[&str] = &[
    "deputy", "assistant", "vice", "associate", "under", "principal", "executive", "acting",
    "interim", "senior", "junior", "chief", "general", "special", "first", "lead",
];

/// Honorifics before a name.
pub const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mx", "prof", "rev", "lord", "lady"];

/// Words that mark a role as held at another time, so two holders (or two roles of one
/// person) need not conflict: "former", "President-elect", "then-governor".
pub const TEMPORAL_MARKERS: &[&str] = &[
    "former", "then", "ex", "late", "previous", "predecessor", "once", "during", "time", "until",
    "outgoing", "incoming", "future", "new", "erstwhile", "elect", "designate", "retired", "onetime",
    "one-time", "longtime", "past", "was", "had",
];

/// Titles that one person holds at a time in one organisation: two different holders at the
/// same time cannot both be right.
pub const SINGLE_HOLDER_TITLES: &[&str] = &[
    "president", "secretary", "minister", "director", "ceo", "chairman", "chairwoman", "chair",
    "chairperson", "governor", "mayor", "chancellor", "premier", "head", "editor", "treasurer", "commander",
    "king", "queen", "pope", "coach", "captain",
];

/// The top offices of a government, a city or a company. A person who holds one is not at the
/// same time one of its ministers or officers: "Premier X" and "Interior Minister X" for one
/// person at one time cannot both be right. Not "chancellor": in one country the head of
/// government, in another the finance minister ("Chancellor X" and "finance minister X").
pub const TOP_OFFICES: &[&str] = &["president", "premier", "prime", "king", "queen", "governor", "mayor", "ceo", "pope"];
/// Offices under a top office.
pub const SUBORDINATE_OFFICES: &[&str] = &["minister", "secretary", "undersecretary", "commissioner", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor"];

/// The sides of a court case or a contest: a person on one is not on the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Prosecution,
    Defence,
    Bench,
}

/// Words (folded) that put a role on a side. "attorney" alone is either side; with "U.S.",
/// "district", "state's" or "assistant U.S." it is the prosecution (`side_of` reads that).
pub const SIDE_WORDS: &[(&str, Side)] = &[
    ("prosecutor", Side::Prosecution), ("prosecutors", Side::Prosecution), ("prosecution", Side::Prosecution),
    ("prosecuting", Side::Prosecution), ("defense", Side::Defence), ("defence", Side::Defence),
    ("judge", Side::Bench), ("justice", Side::Bench), ("magistrate", Side::Bench),
];

/// Words that make an "attorney" a public prosecutor.
pub const PUBLIC_ATTORNEY_MARKERS: &[&str] = &["u.s.", "u.s", "us", "district", "state's", "general", "crown", "assistant"];

/// Titles that name the same office in other words ("spokesman" and "spokesperson").
pub const TITLE_SYNONYMS: &[&[&str]] = &[
    &["spokesman", "spokeswoman", "spokesperson", "spokespeople"],
    &["chairman", "chairwoman", "chair", "chairperson"],
    &["lawyer", "attorney", "counsel", "solicitor", "barrister", "representative"],
    &["adviser", "advisor"],
    &["premier", "prime"],
    &["ceo", "executive"],
    &["lawmaker", "legislator", "congressman", "congresswoman", "mp"],
    &["founder", "cofounder", "co-founder"],
    &["head", "chief", "director", "leader"],
];

/// Family and personal relations, with the gender each names (`'m'`, `'f'`, `' '` for
/// either) and the relation it names whatever the gender. "grandson" and "granddaughter"
/// name one relation with two genders: one cannot stand for the other.
pub const KINSHIP: &[(&str, char, &str)] = &[
    ("son", 'm', "child"), ("daughter", 'f', "child"), ("child", ' ', "child"), ("children", ' ', "child"),
    ("husband", 'm', "spouse"), ("wife", 'f', "spouse"), ("spouse", ' ', "spouse"),
    ("father", 'm', "parent"), ("mother", 'f', "parent"), ("parent", ' ', "parent"), ("dad", 'm', "parent"), ("mum", 'f', "parent"), ("mom", 'f', "parent"),
    ("brother", 'm', "sibling"), ("sister", 'f', "sibling"), ("sibling", ' ', "sibling"),
    ("grandson", 'm', "grandchild"), ("granddaughter", 'f', "grandchild"), ("grandchild", ' ', "grandchild"),
    ("grandfather", 'm', "grandparent"), ("grandmother", 'f', "grandparent"), ("grandparent", ' ', "grandparent"),
    ("uncle", 'm', "parent's sibling"), ("aunt", 'f', "parent's sibling"),
    ("nephew", 'm', "sibling's child"), ("niece", 'f', "sibling's child"),
    ("boyfriend", 'm', "partner"), ("girlfriend", 'f', "partner"), ("partner", ' ', "partner"), ("fiance", 'm', "partner"), ("fiancee", 'f', "partner"),
    ("widow", 'f', "widowed spouse"), ("widower", 'm', "widowed spouse"),
    ("stepson", 'm', "stepchild"), ("stepdaughter", 'f', "stepchild"),
    ("man", 'm', "person"), ("woman", 'f', "person"), ("boy", 'm', "young person"), ("girl", 'f', "young person"),
];

/// Words that end an organisation or place name, never a person's.
pub const ORGANISATION_WORDS: &[&str] = &[
    "department", "ministry", "service", "services", "agency", "office", "committee", "council",
    "court", "center", "centre", "union", "party", "group", "bank", "university", "institute",
    "foundation", "association", "organization", "organisation", "company", "corporation", "inc",
    "times", "post", "news", "press", "journal", "herald", "tribune", "radio", "television", "tv",
    "plant", "factory", "prize", "award", "embassy", "parliament", "assembly", "government",
    "administration", "house", "states", "kingdom", "republic", "nations", "federation", "army",
    "navy", "police", "guard", "forces", "church", "school", "hospital", "airport", "station",
    "street", "square", "river", "sea", "ocean", "mountains", "city", "region", "province",
    "county", "district", "state", "europe", "east", "west", "north", "south", "liberty", "rights",
    "watch", "network", "media", "channel", "club", "team", "league", "senate", "congress",
    "fund", "program", "programme", "project", "campaign", "initiative", "alliance", "coalition",
    "movement", "front", "treaty", "accord", "agreement", "war", "revolution", "day", "week",
    "peace", "nobel", "bureau", "commission", "survey", "authority", "board", "park", "trail",
    "highway", "road", "bridge", "tunnel", "cabinet", "legislature", "tribunal", "airlines",
    // Legislatures and branches of government called by their own names ("the Bundestag", "the
    // Executive Yuan").
    "duma", "knesset", "bundestag", "bundesrat", "sejm", "riksdag", "storting", "folketing",
    "eduskunta", "althing", "seimas", "saeima", "riigikogu", "rada", "majlis", "shura", "diet",
    "yuan", "cortes", "oireachtas", "dail", "seanad", "lok", "sabha",
    "airways", "motors", "group", "holdings", "exchange", "market", "stadium", "arena", "island",
    "islands", "valley", "lake", "bay", "gulf", "coast", "peninsula", "museum", "library", "prison",
    "co", "ltd", "llc", "plc", "corp",
];

/// Groups and roles that act on a figure, so they tell two figures apart as a name does:
/// what "prosecutors sought" is not what "the defence proposed", what "customers
/// lost" is not what "investors lost".
pub const AGENT_NOUNS: &[&str] = &[
    "prosecutors", "prosecutor", "prosecution", "defense", "defence", "lawyers", "lawyer", "attorneys",
    "judge", "jury", "jurors", "probation", "police", "officials", "authorities", "government", "ministry",
    "customers", "investors", "lenders", "creditors", "shareholders", "depositors", "voters", "firefighters",
    "rescuers", "military", "army", "officers", "analysts", "economists", "doctors", "hospitals", "unions",
];
