using System.Collections.Frozen;
using Attribution.Text;

namespace Attribution.People;

/// <summary>
/// The general word lists the people stage needs: titles, honorifics, pronouns and the capitalised words that are
/// not names. These describe English news style, not any article's cast.
/// </summary>
internal sealed class NameLexicon
{
    private static readonly string[] MaleHonorifics =
    [
        "Mr", "Mr.", "Sir", "Lord", "King", "Prince", "Duke", "Earl", "Baron", "Count", "Father", "Fr", "Fr.", "Brother",
        "Herr", "Monsieur", "Senor", "Señor", "Signor", "Messrs", "Messrs.", "Sheikh", "Emperor", "Sultan",
    ];

    private static readonly string[] FemaleHonorifics =
    [
        "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "Queen", "Princess", "Duchess", "Countess", "Baroness",
        "Sister", "Frau", "Madame", "Mme", "Mme.", "Mlle", "Mlle.", "Senora", "Señora", "Signora", "Empress",
    ];

    private static readonly string[] NeutralHonorifics =
    [
        "Mx", "Mx.", "Dr", "Dr.", "Prof", "Prof.", "Rev", "Rev.", "Revd", "Hon", "Hon.", "Sen.", "Rep.", "Gov.", "Gen.",
        "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Cmdr.", "Adm.", "Det.", "Supt.", "Insp.", "Cpl.", "Pte.", "Pvt.",
        "Cllr", "Cllr.", "Brig.", "PC", "DC", "DS", "DI", "DCI", "DCS", "DSI", "Pres.",
    ];

    /// <summary>Words that head a title: the office itself.</summary>
    private static readonly string[] TitleHeads =
    [
        "President", "Minister", "Secretary", "Chancellor", "Senator", "Governor", "Mayor", "Judge", "Justice",
        "Attorney", "Commissioner", "Ambassador", "Envoy", "Spokesperson", "Spokesman", "Spokeswoman", "Director",
        "Chairman", "Chairwoman", "Chairperson", "Chair", "Chief", "Officer", "Sergeant", "Detective", "Inspector",
        "Superintendent", "Constable", "Captain", "Colonel", "General", "Lieutenant", "Admiral", "Commander",
        "Marshal", "Sheriff", "Deputy", "Representative", "Congressman", "Congresswoman", "Councillor", "Councilman",
        "Councilwoman", "Councilmember", "Pope", "Cardinal", "Bishop", "Archbishop", "Rabbi", "Imam", "Reverend",
        "Pastor", "Professor", "Coach", "Manager", "Premier", "Leader", "Speaker", "Dean", "Rector", "Trooper",
        "Agent", "Prosecutor", "Coroner", "Magistrate", "Chancellor", "Administrator", "Executive", "CEO", "Founder",
        "Editor", "Head", "Principal", "Headteacher", "Headmaster", "Headmistress", "Chairman", "Taoiseach",
        "Tánaiste", "Commissioner", "Attorney-General", "Solicitor-General", "Mufti", "Ayatollah", "Patriarch",
        "Metropolitan", "Vicar", "Canon", "Deacon", "Corporal", "Private", "Firefighter", "Paramedic", "Nurse",
        "Doctor", "Lawyer", "Barrister", "Solicitor", "Advocate", "Counsel", "Auditor", "Comptroller", "Treasurer",
        "Clerk", "Recorder", "Registrar", "Warden", "Governor-General", "Viceroy", "Consul", "Envoy", "Emissary",
        "Delegate", "Negotiator", "Adviser", "Advisor", "Aide", "Analyst", "Economist", "Scientist", "Researcher",
        "Historian", "Author", "Novelist", "Actor", "Actress", "Singer", "Player", "Striker", "Captain", "Midfielder",
        "Defender", "Goalkeeper", "Boss", "Owner", "Partner", "Founder", "Co-founder", "Chef", "Architect",
        "Engineer", "Pilot", "Astronaut", "Cosmonaut", "Activist", "Campaigner", "Organiser", "Organizer",
        "Vice-President", "Vice-Chancellor", "MP", "MEP", "MSP", "AM", "TD", "MLA", "Whip", "Lawmaker",
        "Legislator", "Congressmember", "Official", "Spokesperson", "Superintendent", "Sheriff", "Warden",
        "Rapper", "Musician", "Comedian", "Artist", "Poet", "Writer", "Journalist", "Reporter", "Presenter",
        "Broadcaster", "Producer", "Filmmaker", "Designer", "Photographer", "Dancer", "Composer", "Businessman",
        "Businesswoman", "Entrepreneur",
    ];

    /// <summary>Words that qualify a title head (<c>Foreign</c> Secretary, <c>Prime</c> Minister, Secretary <c>of State</c>).</summary>
    private static readonly string[] TitleModifiers =
    [
        "Prime", "Foreign", "Home", "Economy", "Economic", "Treasury", "Health", "Defence", "Defense", "Justice",
        "Education", "Finance", "Interior", "Culture", "Transport", "Environment", "Energy", "Trade", "Business",
        "Schools", "Security", "Deputy", "Vice", "Chief", "Special", "Senior", "Assistant", "Acting", "Shadow",
        "Junior", "State", "General", "Executive", "Attorney", "District", "Supreme", "Police", "Fire", "Road",
        "Safety", "Local", "Regional", "Federal", "National", "Labour", "Labor", "Work", "Pensions", "Agriculture",
        "Housing", "Communities", "Digital", "Science", "Technology", "Armed", "Forces", "Veterans", "Immigration",
        "Border", "Development", "International", "Foreign", "Affairs", "Exchequer", "Cabinet", "Office",
        "Opposition", "Party", "Majority", "Minority", "Senate", "House", "Parliamentary", "Under", "Under-Secretary",
        "Permanent", "Principal", "Private", "Press", "Communications", "Public", "Prosecuting", "Crown", "Circuit",
        "Appeals", "High", "Court", "Lord", "Chief", "Detective", "Police", "Constable", "Superintendent", "Inspector",
        "Sergeant", "Lieutenant", "Major", "Rear", "Air", "Charge", "Agent", "Special", "Former", "Late", "Interim",
        "Outgoing", "Incoming", "Ex", "Vice-Admiral", "Field", "Brigadier", "Staff", "Medical",
        "Scientific", "Chief", "Operating", "Financial", "Technical", "Managing", "Creative", "Artistic", "Music",
        "Head", "Team", "Club", "Board", "Group", "Foreign", "Climate", "Net", "Zero", "Levelling", "Up", "Culture",
        "Media", "Sport", "Northern", "Ireland", "Scotland", "Scottish", "Wales", "Welsh", "Women", "Equalities",
        "Children", "Families", "Care", "Social", "Universities", "Skills", "Apprenticeships", "Armed", "Policing",
        "Crime", "Fire", "Victims", "Prisons", "Courts", "Legal", "Aid", "Water", "Food", "Rural", "Farming",
        "Fisheries", "Industry", "Investment", "Exports", "Tourism", "Heritage", "Arts", "Tech", "Cyber",
        "Intelligence", "Counter-Terrorism", "Terrorism", "Nuclear", "Space", "Aviation", "Maritime", "Rail", "Roads",
        "Buses", "Minister", "Secretary",
    ];

    /// <summary>Honours and degrees written after a name.</summary>
    private static readonly string[] PostnominalLetters =
    [
        "QC", "KC", "CMG", "KCMG", "GCMG", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "CH", "OM", "VC", "GC", "FRS",
        "PhD", "MD", "Jr", "Jr.", "Sr", "Sr.", "Esq", "Esq.", "MP", "MEP", "MSP", "MS", "AM", "TD",
        "MLA", "RN", "DL", "JP",
    ];

    /// <summary>Titles that are part of the name their holders go by: <c>Pope Francis</c>, <c>Queen Elizabeth II</c>.</summary>
    private static readonly string[] RegalTitles =
    [
        "King", "Queen", "Pope", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Sheikh", "Emir", "Tsar",
        "Kaiser", "Pharaoh", "Crown",
    ];

    private static readonly string[] MalePronouns = ["he", "him", "his", "himself"];

    private static readonly string[] FemalePronouns = ["she", "her", "hers", "herself"];

    /// <summary>Capitalised words that never belong to a person's name: places, bodies, calendar, events.</summary>
    private static readonly string[] NonNameWords =
    [
        "Department", "Ministry", "Office", "Council", "Committee", "Commission", "Agency", "Service", "Services",
        "Police", "Court", "University", "College", "School", "Academy", "Hospital", "Clinic", "Party", "Government",
        "Parliament", "Assembly", "Senate", "Congress", "Street", "Road", "Avenue", "Lane", "Square", "Bridge",
        "Park", "River", "Lake", "Sea", "Ocean", "Mountain", "Mount", "Island", "Islands", "Airport", "Station",
        "Church", "Cathedral", "Mosque", "Temple", "Museum", "Gallery", "Centre", "Center", "Company", "Corporation",
        "Group", "Bank", "Fund", "Foundation", "Institute", "Association", "Federation", "Organisation",
        "Organization", "Union", "League", "Club", "Times", "News", "Post", "Journal", "Herald", "Guardian",
        "Telegraph", "Press", "Media", "Radio", "Television", "TV", "Day", "Week", "War", "World", "Cup",
        "Championship", "Olympics", "Olympic", "Games", "Festival", "Award", "Awards", "Prize", "Act", "Bill", "Law",
        "Treaty", "Agreement", "Summit", "Forum", "Conference", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March",
        "September", "October", "November", "December", "Christmas", "Easter", "Internet", "Twitter", "Facebook",
        "Instagram", "YouTube", "TikTok", "East", "West", "North", "South", "Middle", "Central", "Eastern", "Western",
        "Northern", "Southern", "United", "States", "Kingdom", "Republic", "Federation", "Nations", "Empire", "City",
        "County", "Province", "State", "District", "Region", "Valley", "Coast", "Desert", "Forest", "Hall", "House",
        "Palace", "Tower", "Castle", "Prison", "Base", "Force", "Forces", "Army", "Navy", "Guard", "Brigade",
        "Regiment", "Corps", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "LLC", "Co", "Co.", "Corp", "Corp.", "Airlines",
        "Airways", "Railway", "Railways", "Motors", "Energy", "Network", "Trust", "Board", "Authority", "Tribunal",
        "Inquiry", "Operation", "Project", "Programme", "Program", "Initiative", "Plan", "Strategy", "Report",
        "Index", "Market", "Exchange", "Stadium", "Arena", "Theatre", "Theater", "Hotel", "Restaurant", "Bar",
        "Cafe", "Store", "Mall", "Library", "Zoo", "Garden", "Gardens", "Beach", "Bay", "Harbour", "Harbor", "Port",
        "Canal", "Highway", "Motorway", "Way", "Drive", "Boulevard", "Place", "Terrace", "Row", "Court", "Hill",
        "Hills", "Heights", "Village", "Town", "Borough", "Church", "Chapel", "Abbey", "Studios", "Records", "Books",
        "Magazine", "Review", "Daily", "Weekly", "Show", "Series", "Film", "Album", "Prize", "Medal", "Cross",
        "Order", "Ship", "Boat", "Flight", "Mission", "Age", "Era", "Revolution", "Crisis", "Pandemic", "Covid",
        "COVID-19", "Brexit", "European", "American", "British", "French", "German", "Russian", "Chinese",
        "Ukrainian", "Polish", "Turkish", "Indian", "Canadian", "Australian", "Irish", "Scottish", "Welsh",
        "English", "Italian", "Spanish", "Japanese", "Korean", "Israeli", "Palestinian", "Iranian", "Iraqi",
        "Syrian", "Egyptian", "African", "Asian", "Latin", "Arab", "Islamic", "Christian", "Jewish", "Muslim",
        "Catholic", "Protestant", "Orthodox", "Democratic", "Republican", "Democrats", "Republicans",
        "Conservative", "Conservatives", "Labour", "Liberal", "Socialist", "Communist", "Green", "Greens",
        "Internet", "Google", "Apple", "Microsoft", "Amazon", "Meta",
    ];

    /// <summary>Capitalised function words that open sentences and so open capitalised runs.</summary>
    private static readonly string[] Stopwords =
    [
        "The", "A", "An", "In", "On", "At", "For", "From", "With", "By", "Of", "To", "As", "After", "Before",
        "During", "Since", "Until", "While", "When", "Where", "If", "But", "And", "Or", "So", "Yet", "Although",
        "Though", "Despite", "Meanwhile", "Separately", "Speaking", "However", "Also", "Both", "Among", "Following",
        "According", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "Your", "He", "She",
        "It", "They", "We", "I", "You", "There", "Here", "Today", "Yesterday", "Tomorrow", "Last", "Next", "Earlier",
        "Later", "Then", "Now", "Under", "Over", "Without", "About", "Against", "Between", "Through", "Into", "Upon",
        "Once", "Why", "What", "Who", "How", "Which", "Whether", "Because", "Unless", "Even", "Still", "Instead",
        "Indeed", "Thus", "Therefore", "Finally", "First", "Second", "Third", "Last", "Another", "Other", "Some",
        "Many", "Most", "All", "Each", "Every", "Several", "No", "Not", "Only", "Just", "Such", "Like", "Unlike",
        "Amongst", "Across", "Around", "Near", "Inside", "Outside", "Within", "Throughout", "Ahead", "Amid", "Amidst", "Via",
        "Per", "Dear", "Please", "Thank", "Thanks", "Yes", "Okay", "OK", "Oh", "Well", "Sadly", "Tragically",
        "Fortunately", "Unfortunately", "Currently", "Recently", "Previously", "Additionally", "Furthermore",
        "Moreover", "Nevertheless", "Nonetheless", "Overall", "Elsewhere", "Similarly", "Likewise", "Specifically",
    ];

    /// <summary>
    /// Nouns for groups of speakers that open sentences (<c>Police in Leeds said</c>): capitalised there, but no names,
    /// and, unlike the stop words, the head of the phrase they open.
    /// </summary>
    private static readonly string[] GroupNouns =
    [
        "Officials", "Police", "Witnesses", "Authorities", "Prosecutors", "Investigators", "Residents",
    ];

    /// <summary>Lower-case particles inside names: <c>Ursula von der Leyen</c>, <c>Mohammed bin Salman</c>.</summary>
    private static readonly string[] Particles =
    [
        "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "bin", "bint",
        "ibn", "al", "el", "ter", "ten", "zu", "y", "e",
    ];

    // Declared after the word lists it reads: static fields initialise in textual order.
    public static readonly NameLexicon Default = new([]);

    private readonly FrozenDictionary<string, NameWord>.AlternateLookup<ReadOnlySpan<char>> classes;
    private readonly WordFilter filter;

    public NameLexicon(IEnumerable<string> extraTitles)
    {
        // One table for the case-insensitive classes: a token is looked up once, not once per class, and most of
        // the text's tokens are looked up here.
        var classes = new Dictionary<string, NameWord>(StringComparer.OrdinalIgnoreCase);
        Add(classes, [.. MaleHonorifics, .. FemaleHonorifics, .. NeutralHonorifics], NameWord.Honorific);
        Add(classes, [.. MaleHonorifics, .. MalePronouns], NameWord.Male);
        Add(classes, [.. FemaleHonorifics, .. FemalePronouns], NameWord.Female);
        Add(classes, [.. TitleHeads, .. extraTitles], NameWord.Head);
        Add(classes, TitleModifiers, NameWord.Modifier);
        Add(classes, NonNameWords, NameWord.NotName);
        Add(classes, Stopwords, NameWord.Stop);
        Add(classes, GroupNouns, NameWord.Stop | NameWord.Group);
        Add(classes, Particles, NameWord.Particle);
        Add(classes, [.. MalePronouns, .. FemalePronouns], NameWord.Pronoun);
        var frozen = classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        this.classes = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        filter = new WordFilter(frozen.Keys);
        Postnominals = new WordSet(PostnominalLetters, ignoreCase: false);
        Regal = new WordSet(RegalTitles, ignoreCase: false);
    }

    public NameWordSet Honorifics => new(this, NameWord.Honorific);

    /// <summary>Honorifics and pronouns that mark a man.</summary>
    public NameWordSet Male => new(this, NameWord.Male);

    /// <summary>Honorifics and pronouns that mark a woman.</summary>
    public NameWordSet Female => new(this, NameWord.Female);

    public NameWordSet Heads => new(this, NameWord.Head);

    public NameWordSet Modifiers => new(this, NameWord.Modifier);

    public NameWordSet NotNames => new(this, NameWord.NotName);

    public NameWordSet Stops => new(this, NameWord.Stop);

    /// <summary>Capitalised group nouns (<c>Officials</c>, <c>Police</c>): stop words for names, heads for descriptions.</summary>
    public NameWordSet Groups => new(this, NameWord.Group);

    public NameWordSet NameParticles => new(this, NameWord.Particle);

    public NameWordSet Pronouns => new(this, NameWord.Pronoun);

    public WordSet Postnominals { get; }

    public WordSet Regal { get; }

    /// <summary>Every case-insensitive class the word belongs to.</summary>
    public NameWord Classify(ReadOnlySpan<char> word) =>
        filter.MayContain(word) && classes.TryGetValue(word, out var found) ? found
        : word.Contains('-') ? CompoundTitle(word)
        : NameWord.None;

    /// <summary>
    /// A hyphenated title is made of title words (<c>Secretary-General</c>, <c>Attorney-General</c>,
    /// <c>Editor-in-Chief</c>): it is a title head if one of its parts is one. Other compounds are no class.
    /// </summary>
    private NameWord CompoundTitle(ReadOnlySpan<char> word)
    {
        var found = NameWord.None;
        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            if (part is "in" or "of" or "at")
            {
                continue;
            }

            var classes = part.Length > 0 && filter.MayContain(part) && this.classes.TryGetValue(part, out var c) ? c : NameWord.None;
            if ((classes & (NameWord.Head | NameWord.Modifier)) == 0)
            {
                return NameWord.None;
            }

            found |= classes & (NameWord.Head | NameWord.Modifier);
        }

        return found;
    }

    public Gender GenderOf(ReadOnlySpan<char> word) =>
        (Classify(word) & (NameWord.Male | NameWord.Female)) switch
        {
            NameWord.Male => Gender.Male,
            NameWord.Female => Gender.Female,
            NameWord.Male | NameWord.Female => Gender.Male,
            _ => Gender.Unknown,
        };

    public bool IsTitleWord(ReadOnlySpan<char> word) => (Classify(word) & NameWord.TitleWord) != 0;

    private static void Add(Dictionary<string, NameWord> classes, IEnumerable<string> words, NameWord wordClass)
    {
        foreach (var word in words)
        {
            classes[word] = classes.GetValueOrDefault(word) | wordClass;
        }
    }
}
