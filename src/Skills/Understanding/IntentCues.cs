using Wayfinder.Catalog.Entities;
using Wayfinder.Skills.Answers;

namespace Wayfinder.Skills.Understanding;

/// <summary>
/// How people ask, in priority order: the first cue set that matches decides the intent (notation: see
/// <see cref="CuePattern"/>). Explicit words (runbook, on call, docs, owns) come before looser forms ("X is down",
/// "where is X", "what is X"), so the looser forms never take a question that says what it wants.
/// </summary>
internal static class IntentCues
{
    private const string People = "(we|you|i|people|folks|everyone|everybody|engineers|devs|developers|the company|engineering|eng|teams|the team)";
    private const string Things = "(services|components|apis|systems|things|stuff|repos|repositories|resources|entities|apps|applications|libraries|websites|databases|software|code|projects|products)";

    public static IReadOnlyList<CueSet> All { get; } =
    [
        Set(Intents.Help, [
            "^(help|help me|\\?+|commands|usage|menu|options|examples?|start|get started|hi|hello|hey|yo|hiya)",
            "^(what|which) (questions )?can (you|i) (do|ask|answer|help with)( you| me)?",
            "^(what|who) are you", "^what do you (do|know)", "^(what is|what's|whats) wayfinder",
            "^how (do|can|should) i (use|talk to|work with) (you|this|this bot|the bot|wayfinder)",
            "^how (does|do) (this|you|it|wayfinder|this bot|the bot) work", "^(show|list|give)( me)? (the )?(commands|examples|help)",
        ]),
        Set(Intents.OnCall, [
            "(who|whom)('s| is| are)? (currently |the |now )?(on ?-?call|oncall|on duty|primary|secondary)( person| engineer| rotation| schedule| rota)? (for |on |of |at |in )?{X}",
            "(on ?-?call|oncall|on duty|pagerduty|opsgenie|escalation policy|escalation|pager|rota|rotation) (schedule |rotation |rota |person |engineer |policy )?(for |of |on |at )?{X}",
            "who (do|should|can|would|will) (i|we) (page|escalate to|call|wake up|ring|alert|notify)( for| about| on| regarding)? {X}",
            "who (gets|is|will be|would be) (paged|alerted|woken up|called) (for |about |when |if |by )?{X}",
            "(page|escalate to|escalate) (someone |somebody |the owner of |the team for |the owners of )?(for |on |about )?{X}",
            "{X} (on ?-?call|oncall|pager|rota|rotation|escalation)( person| engineer| schedule)?",
        ]),
        Set(Intents.Runbook, [
            "(run ?-?books?|playbooks?|play ?-?books?|sops?|standard operating procedures?|recovery steps|incident procedure) (for |of |on |to |about |re )?{X}",
            "{X} (run ?-?books?|playbooks?|sops?)",
            "how (do|can|should|would) (i|we) (fix|restart|recover|debug|roll ?back|troubleshoot|mitigate|fail ?over|bounce|reboot|unstick|drain|heal|revive|triage) {X}",
            "(incident|outage|alert|alarm|sev ?[0-4]|p[0-4]) (with|on|in|for|affecting|involving) {X}",
            "what (do|should|can) (i|we) do (if|when|about|with|now that) {X}",
        ]),
        Set(Intents.Docs, [
            "(docs|doc|documentation|documents|readme|read ?me|api docs|api documentation|reference docs|manual|guide|user guide|handbook|wiki page|wiki|tech ?docs|how-?to|howto|instructions|getting started guide|getting started) (page |pages |site |link )?(for |of |on |about |to |re |with )?{X}",
            "how (do|can|should|would) (i|we|you|one) (use|call|integrate with|integrate|consume|get started with|start with|start using|set up|setup|configure|onboard to|onboard onto|deploy|roll ?-?out|promote|upgrade|migrate|scale|monitor|operate|maintain|publish|provision|install|import|authenticate with|authenticate to|authenticate against|auth with|talk to|query|hit|connect to|add|work with|contribute to|build|run|test|release|ship|develop on|get access to|get a token for) {X}",
            "{X} (docs|doc|documentation|readme|manual|guide|spec|swagger|openapi spec|schema|definition|wiki page)",
            "(api spec|api specification|spec|specification|api definition|definition|openapi|swagger|schema|proto|protobuf|graphql schema|asyncapi|contract) (file )?(for |of )?{X}",
            "(where|how) (can|do|would) i (learn|read) (about|up on|more about) {X}",
        ]),
        Set(Intents.Owner, [
            "who (owns|owned|maintains|maintain|runs|looks after|is responsible for|are responsible for|'s responsible for|is in charge of|supports|manages|built|wrote|created|develops|works on|is the owner of|are the owners of|is the maintainer of|handles|takes care of|is behind|'s behind|is accountable for|knows about|knows|is the contact for|is the point of contact for|is the poc for|can help with|can help me with|should i ask about|do i ask about|has) {X}",
            "(which|what) (team|teams|group|squad|person|people|engineer|engineers|org|department|tribe|crew|folks)( is| are)? (owns|own|owning|maintains|maintain|maintaining|runs|run|running|responsible for|looks after|look after|supports|support|manages|manage|built|build|handles|handle|takes care of|take care of|in charge of|works on|work on|behind|is behind|has) {X}",
            "(owner|owners|ownership|maintainer|maintainers|owning team|responsible team|team|point of contact|poc|contact|contacts|contact person|dri|steward|stewards|custodian|go-?to person|go-?to team|expert|experts)( info| information| details)? (of|for|on|behind|responsible for) {X}",
            "who (do|should|can|could|would|must) (i|we) (talk|speak|reach out|ask|contact|ping|message|email|chat|go|turn|bug|bother|escalate|reach)( to| with)?( about| regarding| re| for| on| concerning| with)? {X}",
            "(a question|questions|a query|an issue|a problem) (about|on|regarding|re|with) {X}",
            "(talk|speak|chat) (to|with) (someone|somebody|anyone|the team|the owner|the owners|the people) (about|regarding|on|from|for|behind|responsible for) {X}",
            "whose {X} (is|are) (it|this|that|these)", "whose (is |are )?{X}",
            "who('s| is| are) (the )?(owner|owners|maintainer|maintainers|team|dri|poc|contact|point of contact|lead|tech lead|go-?to person|go-?to team|expert|experts|person responsible|people responsible) (of |for |behind |on |responsible for |in charge of )?{X}",
            "{X} (is |are )?(owned|maintained|run|managed|supported) by (who|whom|which team|what team|which group|what group|anyone)",
            "{X} (owner|owners|ownership|maintainer|maintainers|contact|poc|dri|belongs to who|belongs to whom|belongs to which team)",
            "(owner|owners|maintainer|maintainers) {X}",
        ], (KnownKinds.Group, Intents.Members), (KnownKinds.User, Intents.Person)),
        Set(Intents.Apis, [
            "(what|which) (apis?|endpoints|interfaces) (does|do|is|are|did) {X} (provide|provides|providing|expose|exposes|exposing|offer|offers|offering|serve|serves|serving|publish|publishes|implement|implements|consume|consumes|consuming|use|uses|using|call|calls|calling|depend on|need|needs|talk to|subscribe to|hit)",
            "(which|what) (apis?|endpoints|interfaces) (are |is )?(provided|exposed|offered|served|published|implemented|consumed|used|called) (by|in) {X}",
            "(apis?|endpoints|interfaces) (provided|exposed|offered|served|published|implemented|consumed|used|called) by {X}",
            "(does|do) {X} (provide|expose|offer|consume|use|call|have) (any )?(apis?|endpoints)",
            "(apis|endpoints|interfaces) (of|from|for|in) {X}", "{X}('s|') (apis?|endpoints|interfaces)", "{X} (apis|endpoints|interfaces)",
        ]),
        Set(Intents.Dependents, [
            "(what|who|which|which services|which components|which apps|which teams|what services|what components|what apps|anything|anyone|what systems|which systems)( else)? (depends|depend|relies|rely|is relying|are relying|is depending|are depending|is dependent|are dependent|builds|build) on {X}",
            "(who|what|which services|which components|which apps|which teams|what services|what components|what apps|anyone|anything|which|what systems|which systems)( else)? (uses|use|is using|are using|consumes|consume|is consuming|are consuming|calls|call|is calling|are calling|needs|need|integrates with|integrate with|talks to|talk to|hits|hit|subscribes to|subscribe to|reads from|read from|writes to|write to|connects to|connect to|imports|import|calls into|sends to|publishes to|listens to|consumes from|uses data from) {X}",
            "(dependents|consumers|callers|users|clients|downstreams?|downstream services|downstream dependencies|reverse dependencies|reverse deps|subscribers|importers|dependers) (of|for|on) {X}",
            "{X} (dependents|consumers|callers|clients|downstreams?|reverse dependencies|reverse deps|subscribers)",
            "(what|who|which services|what services|what else|which teams)( would| will| could| might| can| does| do)? (break|breaks|be affected|is affected|are affected|be impacted|is impacted|fail|fails|go down|goes down|suffer|notice|care)( if| when) {X} (goes down|go down|is down|fails|breaks|dies|changes|is removed|is deprecated|is turned off|is unavailable|has an outage|is slow|is offline)",
            "(what|who|which services|what services|what else|which teams)( would| will| could| might| can| does| do)? (break|breaks|be affected|is affected|are affected|be impacted|is impacted|fail|fails|go down|suffer|notice|care)( if| when) {X}",
            "(blast radius|impact|impact radius) (of|if|when|for) {X}",
            "is {X} (used|consumed|called|depended on|needed) by (anyone|anything|anybody|other services|any services|other teams)",
            "(is|are) (anyone|anything|anybody|other services) (using|consuming|calling|depending on) {X}",
        ]),
        Set(Intents.Tools, [
            "(what|which)( tool| tools| app| service| product| software| platform| system| thing)? (do|does|should|can|are|is) " + People + "( use| using| used)? (for|to|as|when|in) {X}",
            "(which|what) (tool|tools|app|product|software|platform) (is |are )?(used )?(for|handles|does|to) {X}",
            "(is there|do we have|have we got|got) (a |an |any )?(tool|tools|app|service|platform|system|something|thing) (for|to|that) {X}",
            "tools? (for|to) {X}",
            "(where|how) (can|do|should|would) (i|we) (go to |go )?{X}",
        ], need: true),
        Set(Intents.Dependencies, [
            "what (does|do|is|are|did) {X} (depend|depends|rely|relies|relying|depending|built|build) on",
            "what (does|do) {X} (need|require|use|call|talk to|consume|call out to|connect to|read from|write to|store data in|integrate with)",
            "(dependencies|deps|upstreams?|upstream services|upstream dependencies|requirements|prerequisites) (of|for|in) {X}",
            "{X}('s|') (dependencies|deps|upstreams?)", "{X} (dependencies|deps|upstreams?)", "{X} depends on (what|which)",
            "(what|which) (services|components|apis|resources|databases|dbs|queues|topics|systems|things|stuff|database|db|queue|topic|storage|cache|caches|buckets?) (does|do|is|are) {X} (depend|depending|rely|relying) on",
            "(what|which) (services|components|apis|resources|databases|dbs|queues|topics|systems|things|stuff|database|db|queue|topic|storage|cache|caches|buckets?) (does|do|is|are) {X} (use|uses|using|call|calls|calling|need|needs|talk to|connect to|consume|write to|read from|store data in)",
            "(does|do) {X} (depend|rely) on (anything|something|other services|any services)",
        ]),
        Set(Intents.OwnedBy, [
            "what (does|do|did) {X} (own|maintain|run|look after|support|manage|handle|take care of|work on|build|have|look after)",
            "(what|which) " + Things + "( does| do| is| are)? {X} (own|owns|maintain|maintains|run|runs|look after|looks after|responsible for|in charge of|have|has|support|supports|manage|manages|work on|works on|build|builds|handle|handles)",
            "(what|which|all|everything|anything|stuff|things) " + Things + "? ?(is |are |that is |that are |that's )?(owned|maintained|run|managed|supported|looked after) by {X}",
            "(everything|anything|stuff|things|what|all)( is| that is| that's| are)? (owned|maintained|run|managed|looked after) by {X}",
            "owned by {X}",
            "(everything|all|anything|stuff|things|what|the things|the stuff|the services|the components) (that )?{X} (owns|own|maintains|maintain|runs|run|looks after|look after|is responsible for|are responsible for|has|have)",
            "(list|show|give|find)( me)?( all| the| everything)? " + Things + " (of|for|from|belonging to|that belong to) {X}",
            "(what|which) (is|are) {X} (responsible for|in charge of|accountable for)", "{X} owns (what|which)",
            "{X}('s|') (services|components|apis|systems|stuff|things|repos|repositories|resources|entities|apps|applications|libraries|websites|databases|software|code|projects|products|portfolio)",
            "{X} (services|components|repos|portfolio|owned services)",
        ], (KnownKinds.System, Intents.Parts), (KnownKinds.Domain, Intents.Parts)),
        Set(Intents.Members, [
            "(what|which) (groups|teams|sub-teams|subteams|squads|departments) (does|do|is|are) {X} (contain|include|have|hold|consist of|comprise)",
            "(what|which) (groups|teams|sub-teams|subteams|squads|departments) (are )?(in|under|inside|part of|belong to) {X}",
            "(sub-teams|subteams|child teams|child groups|teams|groups|squads|departments) (of|in|under|inside) {X}",
            "(who|which people|what people|which engineers|what engineers|who all|who else)( is| are|'s|'re)? (on|in|part of|members of|a member of|member of|with) {X}",
            "(who|which people|what people) (works|work|is working|are working) (on|in|for|with) {X}",
            "(members?|membership|people|engineers|folks|roster|team members|headcount|staff|everyone) (of|in|on|for|from) {X}",
            "{X} (members|membership|team members|roster|people|folks|engineers|headcount|staff)",
            "who (is|are) (the )?(manager|members|engineers|people|team members) (of|in|on|for) {X}",
        ], (KnownKinds.User, Intents.Person), ("*", Intents.Owner), (KnownKinds.Group, Intents.Members)),
        Set(Intents.Placement, [
            "(what|which) (system|systems|domain|domains|product|product area|area|platform|part of the org|tribe|department|division|parent|parent team|parent group|business unit|bu|org|organisation|organization)( is| does| do| are)? {X} (part of|in|belong to|belongs to|under|sit in|sit under|sits in|sits under|live in|lives in|a part of|fall under|falls under|report to|reports to|roll up to|rolls up to|report into|reports into|grouped under|from)",
            "(what|which) (system|domain|product area|platform) (contains|includes|has|owns) {X}",
            "where (does|do|is|are) {X} (sit|sits|live|lives|fit|fits|belong|belongs|located|placed|report|reports|roll up|in the org|in the org chart|in the hierarchy|in the organisation|in the organization)",
            "what (is |'s )?{X} (part of|a part of|under|inside|within)",
            "{X} (is )?(part of|under|in) (what|which)( system| domain| group| team| org| tribe)?",
            "(parent|parent team|parent group|parent org|system|domain|tribe|department|org chart|hierarchy|reporting line) (of|for) {X}",
            "(is|are) {X} (part of|in|under) (a |any |the )?(system|domain|tribe|group)",
        ], (KnownKinds.User, Intents.Person)),
        Set(Intents.Person, [
            "(which|what) (team|teams|group|groups|squad|squads|tribe|department|dept)( is| does| do| are)? {X} (on|in|part of|belong to|belongs to|work in|work on|work for|works in|works on|works for|a member of|member of|report to|reports to|sit in|sits in|with|under)",
            "(which|what) (team|teams|group|groups|squad)( is| does)? {X}",
            "where (does|do) {X} work", "{X}('s|') (team|teams|group|groups|squad|manager)",
            "(email|email address|e-mail|slack handle|contact details|contact info|profile) (of|for) {X}",
        ], (KnownKinds.Group, Intents.Placement), ("*", Intents.Owner), (KnownKinds.User, Intents.Person)),
        Set(Intents.Person, ["who('s| is| are) {X}"],
            (KnownKinds.Group, Intents.Members), ("*", Intents.Describe), (KnownKinds.User, Intents.Person)),
        Set(Intents.Parts, [
            "what('s| is| are)? (in|inside|part of|under|within|included in|contained in) {X}",
            "(components|parts|services|pieces|contents|entities|apis|resources|systems|subsystems|subcomponents|sub-components|children|subdomains|things|apps|everything) (of|in|inside|under|within|that make up|making up|belonging to|that belong to|part of) {X}",
            "what (makes up|belongs to|lives in|runs in|sits in|is under|falls under|is inside|comprises|is included in|is grouped under) {X}",
            "(what|which) (components|services|systems|apis|resources|things|entities|parts|apps|websites|libraries|subdomains)( are| is| live| belong| sit| run)? (in|inside|under|within|part of|to|belong to|belonging to) {X}",
            "what (does|do) {X} (contain|include|consist of|comprise|cover|encompass)",
            "(breakdown|inventory|architecture|contents) (of|for) {X}",
            "{X} (components|parts|contents|subsystems|subcomponents|pieces|breakdown)",
        ], (KnownKinds.Group, Intents.OwnedBy), (KnownKinds.User, Intents.Person)),
        Set(Intents.Runbook, [
            "{X} (is |are |seems |seems to be |looks |keeps |went |has gone |just went |is being |is currently )?(down|broken|failing|on fire|not working|erroring|throwing errors|throwing 5\\d\\d|returning 5\\d\\ds?|5\\d\\ds|slow|timing out|flaky|alerting|dead|unhealthy|degraded|crashing|crash ?looping|offline|unavailable|unreachable|acting up|having issues|in trouble|red|borked|hosed|paging|not responding|unresponsive)",
        ]),
        Set(Intents.Tools, [
            "(where|how)('s| is| are| do i find| can i find| do i get to| can i get to| do i open| do i access| can i access| do i reach| do i log ?in to| do i login to| do i sign in to| to find| to access| to open) {X}",
            "(link|links|url|address|login|homepage|home page) (to|for|of) {X}",
            "(open|launch|take me to|go to|bring up|pull up|gimme|give me a link to) {X}",
            "{X} (link|links|url|address|homepage|home page|login|login page)",
        ], (KnownKinds.Group, Intents.Placement), (KnownKinds.User, Intents.Person), (KnownKinds.Resource, Intents.Tools), ("*", Intents.Describe)),
        Set(Intents.Describe, [
            "(tell|teach|show) me (about|more about|something about|everything about|all about) {X}",
            "(describe|explain|summarize|summarise|summary of|overview of|info on|info about|information on|information about|details on|details of|details for|details about|facts about|what do you know about|what can you tell me about|anything about|what about|how about|more about) {X}",
            "what (does|do|did) {X} (do|does|mean|stand for|handle|serve)",
            "how (does|do) {X} work",
            "(what|which) (kind|type|sort) of (thing|entity|service|component|api|system)( is| are)? {X}",
            "{X} (info|details|summary|overview|description)",
            "(what|whats)('s| is| are| was| were)? (a |an |the )?{X}",
            "(describe|explain|show me|lookup|look up|find) {X}",
        ], (KnownKinds.User, Intents.Person)),
    ];

    private static CueSet Set(string intent, string[] cues, params (string Kind, string Intent)[] byKind) =>
        new(intent, CuePattern.Compile(cues), byKind.ToDictionary(k => k.Kind, k => k.Intent, StringComparer.Ordinal));

    /// <summary>A set whose subject is a need ("feature flags", "search the logs") rather than a name.</summary>
    private static CueSet Set(string intent, string[] cues, bool need) => Set(intent, cues) with { IsNeed = need };
}
