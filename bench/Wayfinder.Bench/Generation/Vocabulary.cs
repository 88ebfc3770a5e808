namespace Wayfinder.Bench.Generation;

/// <summary>Word lists the generated names are built from; small on purpose, so names collide the way real ones do.</summary>
internal static class Vocabulary
{
    /// <summary>Business capabilities: the theme word of teams, systems and most software names.</summary>
    public static readonly string[] Business =
    [
        "payments", "orders", "checkout", "ledger", "search", "catalog", "inventory", "shipping", "billing", "fraud",
        "identity", "notifications", "pricing", "cart", "accounts", "auth", "profile", "recommendations", "reviews",
        "loyalty", "promotions", "returns", "refunds", "invoices", "tax", "subscriptions", "warehouse", "fulfillment",
        "delivery", "tracking", "messaging", "email", "sms", "media", "images", "analytics", "reporting", "audit",
        "compliance", "risk", "kyc", "onboarding", "support", "tickets", "chat", "feeds", "geo", "maps", "routing",
        "scheduling", "booking", "reservations", "quotes", "claims", "policies", "partners", "merchants", "vendors",
        "suppliers", "settlement", "payouts", "wallet", "rewards", "coupons", "gift-cards", "customers", "products",
        "content", "experiments", "feature-flags", "consent", "sessions", "permissions", "tenants", "metering",
    ];

    /// <summary>Areas: departments and domains.</summary>
    public static readonly string[] Areas =
    [
        "commerce", "finance", "logistics", "customer", "growth", "trust", "platform", "data", "marketing",
        "operations", "people", "content", "mobile", "infrastructure", "security", "developer-experience",
        "marketplace", "fintech", "retail", "enterprise",
    ];

    /// <summary>Shared prefixes in front of a business word.</summary>
    public static readonly string[] Qualifiers =
    [
        "core", "platform", "internal", "legacy", "new", "mobile", "web", "partner", "merchant", "customer", "admin",
        "global", "eu", "us", "batch", "realtime", "acme",
    ];

    /// <summary>Component suffixes; the type follows from the suffix (see <see cref="ComponentGenerator"/>).</summary>
    public static readonly string[] ComponentSuffixes =
    [
        "api", "service", "svc", "worker", "gateway", "ui", "sdk", "v2", "web", "app", "consumer", "processor",
        "scheduler", "lib", "client", "adapter", "sync", "engine", "portal", "backend", "bff", "cron", "exporter",
    ];

    /// <summary>Resource suffixes and the resource type each implies.</summary>
    public static readonly (string Suffix, string Type)[] ResourceSuffixes =
    [
        ("db", "database"), ("database", "database"), ("postgres", "database"), ("mysql", "database"),
        ("store", "database"), ("cache", "cache"), ("redis", "cache"), ("queue", "queue"), ("topic", "kafka-topic"),
        ("events", "kafka-topic"), ("bucket", "s3-bucket"), ("search-index", "search-index"),
    ];

    /// <summary>API suffixes and the API type each implies.</summary>
    public static readonly (string Suffix, string Type)[] ApiSuffixes =
    [
        ("api", "openapi"), ("api", "openapi"), ("api", "openapi"), ("rest-api", "openapi"), ("api-v2", "openapi"),
        ("events", "asyncapi"), ("stream", "asyncapi"), ("grpc", "grpc"), ("rpc", "grpc"), ("graphql", "graphql"),
    ];

    /// <summary>Sub-team names.</summary>
    public static readonly string[] Squads =
    [
        "alpha", "bravo", "charlie", "delta", "echo", "backend", "frontend", "data", "mobile", "infra", "reliability",
        "growth", "tooling", "integrations", "ml",
    ];

    /// <summary>Short forms people type in chat; used for aliases.</summary>
    public static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["payments"] = "pay", ["notifications"] = "notif", ["identity"] = "idp", ["recommendations"] = "recs",
        ["inventory"] = "inv", ["subscriptions"] = "subs", ["fulfillment"] = "ff", ["reservations"] = "resv",
        ["authentication"] = "authn", ["analytics"] = "stats", ["promotions"] = "promo", ["invoices"] = "inv",
        ["messaging"] = "msg", ["scheduling"] = "sched", ["onboarding"] = "onb", ["customers"] = "cust",
        ["experiments"] = "exp", ["permissions"] = "perms", ["settlement"] = "settle", ["compliance"] = "comp",
    };

    public static readonly string[] Languages = ["java", "go", "python", "typescript", "kotlin", "c#", "rust", "dotnet", "node", "scala", "c++"];

    public static readonly string[] Lifecycles = ["production", "production", "production", "production", "production", "production", "production", "experimental", "experimental", "deprecated"];

    public static readonly string[] FirstNames =
    [
        "james", "mary", "john", "patricia", "robert", "jennifer", "michael", "linda", "william", "elizabeth", "david",
        "barbara", "richard", "susan", "joseph", "jessica", "thomas", "sarah", "charles", "karen", "daniel", "nancy",
        "matthew", "lisa", "anthony", "betty", "mark", "margaret", "donald", "sandra", "steven", "ashley", "paul",
        "kimberly", "andrew", "emily", "joshua", "donna", "kenneth", "michelle", "kevin", "carol", "brian", "amanda",
        "george", "melissa", "timothy", "deborah", "ronald", "stephanie", "jason", "rebecca", "edward", "sharon",
        "jeffrey", "laura", "ryan", "cynthia", "jacob", "kathleen", "gary", "amy", "nicholas", "angela", "eric",
        "shirley", "jonathan", "anna", "stephen", "brenda", "larry", "pamela", "justin", "emma", "scott", "nicole",
        "aisha", "wei", "priya", "mohammed", "sofia", "lucas", "mateo", "yuki", "olga", "ahmed", "fatima", "chen",
        "ines", "lars", "anya", "kwame", "nia", "diego", "elena", "ivan", "mei", "ravi", "sven", "zara",
    ];

    public static readonly string[] LastNames =
    [
        "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez", "martinez",
        "hernandez", "lopez", "gonzalez", "wilson", "anderson", "thomas", "taylor", "moore", "jackson", "martin",
        "lee", "perez", "thompson", "white", "harris", "sanchez", "clark", "ramirez", "lewis", "robinson", "walker",
        "young", "allen", "king", "wright", "scott", "torres", "nguyen", "hill", "flores", "green", "adams", "nelson",
        "baker", "hall", "rivera", "campbell", "mitchell", "carter", "roberts", "gomez", "phillips", "evans", "turner",
        "diaz", "parker", "cruz", "edwards", "collins", "reyes", "stewart", "morris", "morales", "murphy", "cook",
        "rogers", "gutierrez", "ortiz", "morgan", "cooper", "peterson", "bailey", "reed", "kelly", "howard", "ramos",
        "kim", "cox", "ward", "richardson", "watson", "brooks", "chavez", "wood", "james", "bennett", "gray", "mendoza",
        "ruiz", "hughes", "price", "alvarez", "castillo", "sanders", "patel", "myers", "long", "ross", "foster",
        "okafor", "tanaka", "schmidt", "novak", "kowalski", "silva", "rossi", "dubois", "larsen", "ivanova", "singh",
        "wang", "zhang", "li", "khan", "ali", "haddad", "mensah", "costa", "jensen", "virtanen", "oconnor",
    ];
}
