//! Words that say the same thing in other words, and words that say what kind of thing a
//! figure measures. Only meaning-preserving groups of common news words belong here.

/// Groups of stems (English Snowball, after `SPELLING`) that say the same thing, with one
/// canonical stem for each group. A word is folded into a group when its stem or the word
/// itself is a member.
pub const SYNONYMS: &[(&str, &[&str])] = &[
    // What happened to people.
    ("death", &["death", "dead", "die", "kill", "fatal", "fatality", "fatalities", "life", "lives"]),
    ("injur", &["injur", "injuri", "wound", "hurt"]),
    ("trap", &["trap", "strand", "stuck"]),
    ("releas", &["free", "freed", "freeing", "liber", "releas"]),
    ("prison", &["prison", "prisoner", "imprison", "jail", "inmat", "detaine", "incarcer", "behind"]),
    ("arrest", &["arrest", "detain", "detent"]),
    ("sentenc", &["sentenc", "jail"]),
    ("evacu", &["evacu", "evacue"]),
    // Organisations, meetings, travel.
    ("organ", &["organ", "group", "organis", "organiz"]),
    ("visit", &["visit", "trip", "travel"]),
    ("meet", &["meet", "talk", "meeting"]),
    ("diplomat", &["diplomat", "diplomaci", "envoy"]),
    ("respond", &["respond", "answer", "repli", "comment"]),
    // Politics.
    ("vote", &["vote", "ballot"]),
    ("elect", &["elect", "reelect", "re-elect"]),
    ("win", &["win", "victori", "secur", "garner", "receiv", "obtain", "take", "gain"]),
    ("conced", &["conced", "concess"]),
    ("american", &["american", "u.s", "u.s.", "us", "america"]),
    // Economics and law.
    ("sanction", &["sanction", "penalti"]),
    ("eas", &["eas", "loosen", "relax", "soften", "lift"]),
    ("invad", &["invad", "invas"]),
    ("lie", &["lie", "lied", "lying", "perjuri", "perjur"]),
    ("convict", &["convict", "guilti", "verdict"]),
    ("recommend", &["recommend", "guidanc"]),
    ("bribe", &["bribe", "bribe", "brib"]),
    ("lose", &["lose", "loss", "short"]),
    ("collaps", &["collaps", "bankrupt", "implos", "fail", "failur", "downfal"]),
    ("reopen", &["reopen", "resum", "restart"]),
    ("quak", &["quak", "earthquak", "tremor", "temblor"]),
    ("shake", &["shake", "jolt"]),
    ("strike", &["strike", "hit", "rock"]),
    ("trial", &["trial", "testimoni", "testifi"]),
    ("courtroom", &["courtroom", "court"]),
    ("ralli", &["ralli", "event", "gather"]),
    ("unidentifi", &["unidentifi", "unnam", "anonym"]),
    ("stori", &["stori", "storey", "floor"]),
];

/// British spellings and their American forms, so "organised" meets "organized" and
/// "defence" meets "defense". Suffix rules (`-ise` for `-ize`, `-our` for `-or`, `-tre` for
/// `-ter`) are applied by `analyse::terms::american`; whole words that no suffix rule covers
/// are listed here.
pub const SPELLING: &[(&str, &str)] = &[
    ("defence", "defense"), ("offence", "offense"), ("licence", "license"), ("practise", "practice"),
    ("programme", "program"), ("judgement", "judgment"), ("travelled", "traveled"), ("travelling", "traveling"),
    ("cancelled", "canceled"), ("labelled", "labeled"), ("modelling", "modeling"), ("jewellery", "jewelry"),
    ("tyre", "tire"), ("grey", "gray"), ("aluminium", "aluminum"), ("cheque", "check"), ("kerb", "curb"),
    ("storey", "story"), ("storeys", "stories"), ("mould", "mold"), ("plough", "plow"), ("manoeuvre", "maneuver"),
    ("apologised", "apologized"), ("epicentre", "epicenter"),
];

/// Heads that say a figure is a figure of something else: "the death toll", "the number of
/// people killed", "the total of votes". The thing counted is the word before ("death toll")
/// How a photo caption opens, in lower case: the wire agencies' own words for one ("In this
/// photo released by ..."), followed by a space or a comma. Its dates are the photo's.
pub const CAPTION_OPENERS: &[&str] = &[
    "in this photo", "in this file photo", "in this handout photo", "in this image", "in this handout image",
    "this photo", "this handout photo", "this image", "this handout image",
];

/// or after "of" ("number of injured").
pub const FIGURE_HEADS: &[&str] = &["toll", "number", "count", "total", "tally", "figure", "sum", "amount", "level", "rate", "share", "tallies"];

/// Unit words so general that they say nothing about what is counted ("2,310 people whom
/// aid agencies count as refugees"): what is counted is then read from the words
/// around ("people injured", "were trapped").
pub const GENERIC_UNITS: &[&str] = &["people", "person", "persons", "individuals", "individual", "others", "other", "residents", "those", "cases", "times", "more", "civilians", "citizens"];

/// Words that make a figure a change rather than a level: "a gain of 12", "rose by 3",
/// "gained 12 seats", "12 more seats".
pub const CHANGE_WORDS: &[&str] = &[
    "gain", "gains", "gained", "gaining", "lost", "loss", "losses", "losing", "increase", "increased", "increases",
    "decrease", "decreased", "rise", "rose", "risen", "fell", "fall", "fallen", "drop", "dropped", "jump", "jumped",
    "grew", "grown", "growth", "decline", "declined", "added", "adding", "shed", "cut", "up", "down", "swing", "margin",
    // Words of markets and prices, right before a figure ("the kelda weakened 0.4%").
    "climbed", "soared", "surged", "rallied", "strengthened", "firmed", "slid", "slipped", "plunged", "tumbled",
    "sank", "slumped", "weakened", "dipped",
];

/// Change words by the way they move a figure: a rise and a fall of the same size are two
/// claims that cannot both be true ("shares rose 3.1 percent" / "fell 3.1 percent"). Only
/// words of `CHANGE_WORDS` (and "increas…", "decreas…") belong here; words with no direction
/// ("swing", "margin", "change") stay out.
pub const RISING_WORDS: &[&str] = &["gain", "gains", "gained", "gaining", "increase", "increased", "increases", "rise", "rose", "risen", "jump", "jumped", "grew", "grown", "growth", "added", "adding", "up", "climbed", "soared", "surged", "rallied", "strengthened", "firmed"];
pub const FALLING_WORDS: &[&str] = &["lost", "loss", "losses", "losing", "decrease", "decreased", "decreases", "fell", "fall", "fallen", "drop", "dropped", "decline", "declined", "shed", "cut", "down", "slid", "slipped", "plunged", "tumbled", "sank", "slumped", "weakened", "dipped"];

/// Words that tie a figure to the thing named before it: "the toll rose to 17", "the number
/// of injured reached 2,143", "turnout was 63.42 percent", "put the magnitude at 6.3".
pub const LINKING_WORDS: &[&str] = &[
    "to", "at", "was", "were", "is", "are", "reached", "reach", "reaches", "passed", "top", "tops", "topped", "hit", "stood",
    "stands", "rose", "climbed", "fell", "jumped", "surpassed", "exceeded", "of", "totalled", "totaled",
    "numbered", "remained", "stays", "stayed", "became", "been",
];

/// Words that add only what sort of place a name is ("Marl County", "Kelby City"): a name
/// with one of these added names the same place. Administrative and settlement nouns only; a
/// word that tells places apart ("New", "North") does not belong here.
pub const PLACE_KIND_WORDS: &[&str] = &["city", "county", "province", "district", "region", "state", "island", "islands", "town", "village", "prefecture", "municipality"];

/// Adjectives that name a part of a place ("northern Ostria", "south-western Kelmar"), by the
/// direction (of `DIRECTIONS`) of that part: two parts of one place are two places.
pub const REGION_ADJECTIVES: &[(&str, &str)] = &[
    ("northern", "north"), ("southern", "south"), ("eastern", "east"), ("western", "west"),
    ("northeastern", "northeast"), ("northwestern", "northwest"), ("southeastern", "southeast"), ("southwestern", "southwest"),
    ("central", "central"),
];

/// Nouns for a part of a place, after a direction ("the southern coast of Veldmark", "the
/// north bank of the river", "the eastern outskirts of the city"): the direction then names
/// the part. Parts only; a kind of place ("the southern city of X") describes the place
/// itself and belongs in `PLACE_KIND_WORDS`, never here.
pub static PLACE_PART_WORD_SET: super::WordSet = super::WordSet::new(PLACE_PART_WORDS);
pub const PLACE_PART_WORDS: &[&str] = &[
    "coast", "coastline", "shore", "shores", "part", "parts", "side", "edge", "tip", "end", "half", "outskirts",
    "suburbs", "flank", "bank", "banks", "slopes", "corner", "reaches", "border", "fringes",
];

/// Last words of a capitalised name that make it the name of an event, a contest or an
/// occasion, not of a place: "in the European Championship final", "at the Winter Games",
/// "in the Davis Cup". Only words that name events in general belong here.
pub const EVENT_NAME_WORDS: &[&str] = &[
    "championship", "championships", "cup", "games", "olympics", "league", "open", "final", "finals",
    "tournament", "series", "prix", "tour", "summit", "conference", "congress", "festival", "forum",
    "election", "elections", "referendum", "war", "awards", "expo", "marathon", "classic",
];

/// Names of continents and world regions, each of which holds many countries: a place in
/// one of them may be the same place as a country named elsewhere ("to Europe", "to
/// Spain"). General geography only.
pub const WORLD_REGIONS: &[&str] = &[
    "europe", "asia", "africa", "america", "americas", "oceania", "antarctica", "arctic", "caribbean",
    "balkans", "scandinavia", "mideast", "eurasia", "australasia", "latin",
];

/// Compass directions, for places given relative to another: "just east of the town".
pub const DIRECTIONS: &[(&str, &str)] = &[
    ("north", "north"), ("south", "south"), ("east", "east"), ("west", "west"),
    ("northeast", "northeast"), ("northwest", "northwest"), ("southeast", "southeast"), ("southwest", "southwest"),
    ("north-east", "northeast"), ("north-west", "northwest"), ("south-east", "southeast"), ("south-west", "southwest"),
    ("upstream", "upstream"), ("downstream", "downstream"), ("inside", "inside"), ("outside", "outside"),
];

pub static SCORE_WORD_SET: super::WordSet = super::WordSet::new(SCORE_WORDS);

/// Words that show a pair of numbers joined by a dash is a score ("won 3-1"), not a range.
pub const SCORE_WORDS: &[&str] = &[
    "won", "win", "wins", "beat", "beats", "defeated", "defeat", "lost", "lose", "loses", "drew", "draw",
    "victory", "score", "scored", "scoreline", "match", "game", "final", "semifinal", "set", "sets",
    "goal", "goals", "thrashed", "edged", "routed", "tie", "tied", "leads", "led", "trailing", "series",
];

/// Words that make a score a lead held at some moment of a match ("a 19-16 lead", "led 10-0",
/// "went ahead 2-1", "at half-time"), not its result: words of leading, trailing and the
/// break, never of winning.
pub const INTERIM_WORDS: &[&str] = &["lead", "leads", "led", "leading", "ahead", "trailed", "trailing", "halftime", "half-time", "interval", "advantage"];

/// Verbs of reporting after which a date dates the report ("an aid group said on Monday"):
/// saying and announcing, not the acts reported.
pub const REPORTING_VERBS: &[&str] = &["said", "says", "announced", "reported", "confirmed", "told"];

/// Nouns that name a measure rather than a thing counted: in "the magnitude 6.1 quake" and
/// "a depth of 18.3 km" the value measures the magnitude and the depth.
pub const MEASURE_NOUNS: &[&str] = &[
    "magnitude", "depth", "height", "length", "distance", "width", "speed", "temperature", "weight",
    "altitude", "elevation", "size", "area", "capacity", "duration", "margin", "turnout", "rate",
    "intensity", "strength", "range", "radius", "diameter", "age",
];

/// Nouns for a body of things that a count before "of" gives the size of: in "its fleet of
/// 65 aircraft" the value is the fleet's size, not the count of aircraft grounded or sold
/// elsewhere in the story. Only collective nouns of general news prose belong here.
pub const COLLECTIVE_NOUNS: &[&str] = &["fleet", "workforce", "staff", "herd", "flock", "convoy", "squad", "roster", "stable", "portfolio", "network", "chain", "crowd", "audience"];

/// Verbs of getting that say nothing of what was got ("won 47 percent", "took 44 seats",
/// "received 4,212,736 votes"): what a value counts is read from the words around instead.
pub const GENERIC_VERBS: &[&str] = &[
    "won", "win", "wins", "took", "take", "takes", "received", "receive", "got", "get", "gets", "garnered",
    "secured", "gained", "obtained", "had", "has", "held", "holds", "gave", "given", "reached", "claimed",
    "recorded", "reported", "counted", "totalled", "totaled", "made", "earned", "collected", "captured",
];

/// Words right after a count that make it a count of part of a whole: "three others", "two
/// younger brothers", "14 more", "the remaining two". Such a count never contradicts a count
/// of the whole.
pub const PARTIAL_WORDS: &[&str] = &[
    "other", "others", "more", "additional", "further", "extra", "younger", "older", "elder", "eldest",
    "youngest", "oldest", "remaining", "surviving", "new", "fewer",
];

/// Partial words that name an addition asked for or sent, not a rest counted apart from a
/// whole ("200 extra soldiers", "an additional 85 beds"): two such counts of the same thing
/// for the same holder are one addition, so they can contradict each other. "more" and "new"
/// are not here: "14 more deaths", "12 new cases" are the increments of running tolls, which
/// differ from one day's report to the next.
pub const ADDITION_WORDS: &[&str] = &["extra", "additional", "further", "another"];

/// Irregular verb forms and their base form, so "rose" meets "risen" and "struck" meets
/// "strikes" (Snowball stems regular forms only).
pub const VERB_FORMS: &[(&str, &str)] = &[
    ("rose", "rise"), ("risen", "rise"), ("fell", "fall"), ("fallen", "fall"), ("struck", "strike"),
    ("stricken", "strike"), ("won", "win"), ("lost", "lose"), ("took", "take"), ("taken", "take"),
    ("began", "begin"), ("begun", "begin"), ("came", "come"), ("went", "go"), ("gone", "go"),
    ("found", "find"), ("held", "hold"), ("gave", "give"), ("given", "give"), ("saw", "see"), ("seen", "see"),
    ("led", "lead"), ("sent", "send"), ("shook", "shake"), ("shaken", "shake"), ("spoke", "speak"),
    ("spoken", "speak"), ("stood", "stand"), ("broke", "break"), ("broken", "break"), ("brought", "bring"),
    ("built", "build"), ("bought", "buy"), ("caught", "catch"), ("chose", "choose"), ("chosen", "choose"),
    ("drove", "drive"), ("driven", "drive"), ("fled", "flee"), ("flew", "fly"), ("flown", "fly"),
    ("fought", "fight"), ("froze", "freeze"), ("frozen", "freeze"), ("grew", "grow"), ("grown", "grow"),
    ("hid", "hide"), ("hidden", "hide"), ("kept", "keep"), ("knew", "know"), ("known", "know"), ("laid", "lay"),
    ("left", "leave"), ("meant", "mean"), ("met", "meet"), ("paid", "pay"), ("ran", "run"), ("sank", "sink"),
    ("sunk", "sink"), ("sold", "sell"), ("sought", "seek"), ("spent", "spend"), ("stole", "steal"),
    ("stolen", "steal"), ("swore", "swear"), ("sworn", "swear"), ("taught", "teach"), ("threw", "throw"),
    ("thrown", "throw"), ("told", "tell"), ("wore", "wear"), ("worn", "wear"), ("wrote", "write"),
    ("written", "write"), ("became", "become"), ("bore", "bear"), ("borne", "bear"), ("drew", "draw"),
    ("drawn", "draw"), ("fed", "feed"), ("felt", "feel"), ("forgave", "forgive"), ("got", "get"),
    ("gotten", "get"), ("heard", "hear"), ("lent", "lend"), ("made", "make"), ("rode", "ride"),
    ("ridden", "ride"), ("sang", "sing"), ("sung", "sing"), ("slept", "sleep"), ("thought", "think"),
    ("tore", "tear"), ("torn", "tear"), ("withdrew", "withdraw"), ("withdrawn", "withdraw"), ("woke", "wake"),
    ("overthrew", "overthrow"), ("undertook", "undertake"), ("shot", "shoot"), ("dealt", "deal"),
];
