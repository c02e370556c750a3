namespace Lovkode.Spec.Diagnostics;

/// <summary>
/// Model files and values with ranges: LK0200–LK0249. Syntax, binding and checks of a
/// population model (cohorts, draws, transitions, practice, effects, targets), and the ranges
/// and confidence any value may carry, in a model or on a regime's parameter value line.
/// </summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ModelWithoutDomain = new(
        "LK0200", "Model without domain", Severity.Error,
        "Model {0} names no domain",
        "Add 'domain Name' to the model's header: the model draws the facts that domain declares.");

    public static readonly DiagnosticDescriptor UnknownModelName = new(
        "LK0201", "Unknown name in a model", Severity.Error,
        "Unknown {0} '{1}'{2}",
        "Check the spelling (names are case-sensitive): a model's facts, members, actors and channels come from its domain, its tables from the model itself, and its domain from the files compiled with it.");

    public static readonly DiagnosticDescriptor LawNotAllowed = new(
        "LK0202", "A law parameter cannot stand here", Severity.Error,
        "{0} cannot be 'law {1}': only the law's own numbers are read from the regime",
        "Write the number itself with its source; 'law Name' may give a transition's weeks or shares, the elapsed bound, practice weeks, channel shares and costs.");

    public static readonly DiagnosticDescriptor ValueWithoutSource = new(
        "LK0209", "Model value without a source", Severity.Warning,
        "{0} has no citation",
        "End the line with § \"source\", cite \"…\", assumed \"why\" or calibrated \"how\": every number of a model says where it comes from.");

    // LK0210, LK0211 and LK0238 check a model against the regimes compiled with it. They are
    // warnings: which regimes a model runs with is decided by the run (and a user's set may
    // replace the built-in ones), which checks the pairing again and stops there.
    public static readonly DiagnosticDescriptor LawParameterUnknown = new(
        "LK0210", "Law parameter no regime declares", Severity.Warning,
        "No regime of domain {0} declares parameter '{1}'{2}",
        "Check the name, or declare the parameter in the base regime (parameter Name unit = value § \"…\") so that every regime the model runs with has it.");

    public static readonly DiagnosticDescriptor LawParameterUnit = new(
        "LK0211", "Law parameter of the wrong unit", Severity.Warning,
        "{0} needs {1}, but parameter {2} is in {3} in regime {4}",
        "Name a parameter in the unit the place needs (weeks for trigger weeks and the elapsed bound, share for a share, dkk for an hour's cost, hours for a full-time year), or change the parameter's unit in the regime.");

    public static readonly DiagnosticDescriptor FactNotDrawn = new(
        "LK0212", "Fact no draw covers", Severity.Error,
        "Cohort {0} gives fact {1} no value: neither its key, its draws nor an 'all cohorts' draw sets it",
        "Add a draw of the fact to the cohort, or to the 'all cohorts' block so that every cohort draws it.");

    public static readonly DiagnosticDescriptor DrawReadsLaterFact = new(
        "LK0213", "Draw reads a fact drawn later", Severity.Error,
        "The draw of {0} in {1} depends on fact {2}, which is drawn after it",
        "Draw the fact the condition reads first: move its draw above this one (key facts are always set first).");

    public static readonly DiagnosticDescriptor FactSetTwice = new(
        "LK0214", "Fact drawn twice", Severity.Error,
        "{0} sets fact {1} twice: {2}",
        "Write the draws of one fact together, one after another (the first whose 'when' holds is used), and do not draw a fact the cohort's key sets.");

    public static readonly DiagnosticDescriptor DrawWithoutDefault = new(
        "LK0215", "Conditional draw without a default", Severity.Error,
        "The draw of {0} in {1} has a case for every 'when' but none for when no condition holds",
        "End the fact's draws with one that has no 'when': it is used when no condition above it holds.");

    public static readonly DiagnosticDescriptor DistributionMismatch = new(
        "LK0216", "Distribution does not fit the fact", Severity.Error,
        "Fact {0} is {1}; {2}",
        "A bool fact takes a share (45%) or '= true/false'; an enum fact members with weights, a table or '= Member'; a number fact uniform, triangular, histogram or '= N'.");

    public static readonly DiagnosticDescriptor DrawOutsideFactRange = new(
        "LK0217", "Drawn value outside the fact's range", Severity.Error,
        "{0} can give fact {1} the value {2}, outside its range {3}",
        "Keep the draw within the range the domain declares for the fact, or widen the fact's range in the domain.");

    public static readonly DiagnosticDescriptor DuplicateCohortKey = new(
        "LK0218", "Two cohorts with the same key", Severity.Error,
        "Cohorts {0} and {1} have the same key ({2})",
        "Each cohort needs its own key: a transition lands a person in the one cohort whose key matches. Merge the two, or give one another key value.");

    public static readonly DiagnosticDescriptor CohortKeysDiffer = new(
        "LK0219", "Cohort key on other facts", Severity.Error,
        "Cohort {0} keys on {1}, but {2}",
        "Give every cohort the same key facts (enum or bool facts), as in 'is benefit = Dagpenge, readiness = Jobparat'.");

    public static readonly DiagnosticDescriptor ModelWithoutCohorts = new(
        "LK0220", "Model without cohorts", Severity.Error,
        "Model {0} declares no cohort",
        "Declare at least one cohort: who is on which benefit, how many, and how fast they leave.");

    public static readonly DiagnosticDescriptor HazardGap = new(
        "LK0221", "Hazard pieces do not cover every week", Severity.Error,
        "The hazards of cohort {0} {1}",
        "Give one hazard per spell week: pieces 'in weeks A..B' in order from week 0, without gaps or overlaps, and a last one 'from week N' with no end.");

    public static readonly DiagnosticDescriptor SharesOverOne = new(
        "LK0222", "Shares over 100%", Severity.Error,
        "The shares of transition {0} add up to {1}, more than 100%",
        "The branches of a transition split the persons it concerns: their shares add up to at most 100%; 'rest' takes what is left.");

    public static readonly DiagnosticDescriptor RestMissing = new(
        "LK0223", "No branch takes the rest", Severity.Error,
        "Transition {0} says what happens to {1} of the persons it concerns, but not to the rest",
        "Add 'rest stay', 'rest leave' or 'rest move to …', or make the shares add up to 100%.");

    public static readonly DiagnosticDescriptor RestTwice = new(
        "LK0224", "Two branches take the rest", Severity.Error,
        "Transition {0} has more than one 'rest' branch",
        "Keep one 'rest' branch; give the others a share.");

    public static readonly DiagnosticDescriptor DestinationWithoutCohort = new(
        "LK0225", "Destination matches no cohort", Severity.Error,
        "Transition {0} moves cohort {1} to {2}, which no cohort's key matches",
        "Declare a cohort with that key, or move the persons to facts that an existing cohort has.");

    public static readonly DiagnosticDescriptor TransitionCycle = new(
        "LK0226", "Cycle of transitions", Severity.Error,
        "Transitions form a cycle: {0}",
        "A person could move round this circle for ever; end it: one of the transitions must lead out of the circle, or leave benefit.");

    public static readonly DiagnosticDescriptor MoveWithoutDefault = new(
        "LK0227", "Move without a default destination", Severity.Error,
        "The move of transition {0} has a 'when' on every destination",
        "End the move with a destination without 'when': it is used when no condition above it holds.");

    public static readonly DiagnosticDescriptor TransitionConcernsNoCohort = new(
        "LK0228", "Transition concerns no cohort", Severity.Warning,
        "The 'when' of transition {0} holds for no cohort's key",
        "Check the condition: a transition only acts on persons of a cohort for which it can hold.");

    public static readonly DiagnosticDescriptor TableIncomplete = new(
        "LK0229", "Table does not list every member once", Severity.Error,
        "Table {0} {1}",
        "List every member of the fact's enum exactly once, each with a weight of 0 or more.");

    public static readonly DiagnosticDescriptor WeightsSumToZero = new(
        "LK0230", "Weights add up to zero", Severity.Error,
        "The weights of {0} add up to 0, so nothing can be drawn",
        "Give at least one member or bin a weight above 0.");

    public static readonly DiagnosticDescriptor NotAboveZero = new(
        "LK0231", "Target or cost not above zero", Severity.Error,
        "{0} is {1}; it must be above 0",
        "A target is a published figure above 0 with a tolerance above 0, as in '= 2400000 within 10%'; a full-time year has more than 0 hours.");

    public static readonly DiagnosticDescriptor AreaNotEnum = new(
        "LK0232", "Area is not an enum fact", Severity.Error,
        "The area fact {0} is {1}",
        "Name an enum fact such as a municipality: results and supervision are split by its members.");

    public static readonly DiagnosticDescriptor HistogramBins = new(
        "LK0233", "Histogram bins overlap or are empty", Severity.Error,
        "The histogram of {0} {1}",
        "Write bins in order as LOW..HIGH (HIGH excluded), each above the one before and not empty: 2..8: 40%, 8..26: 35%.");

    public static readonly DiagnosticDescriptor ModeOutsideBounds = new(
        "LK0234", "Triangular mode outside its bounds", Severity.Error,
        "The mode {0} of the triangular draw of {1} lies outside {2}..{3}",
        "Put the mode (the most common value) between the lowest and the highest value.");

    public static readonly DiagnosticDescriptor DatedSharesOverlap = new(
        "LK0235", "Dated shares overlap", Severity.Error,
        "Channel choice {0} has two shares in force on {1}",
        "Give each share its own dates ('from' is included, 'until' is not), so that one share holds on any day.");

    public static readonly DiagnosticDescriptor WeeksNotPositive = new(
        "LK0236", "Zero weeks", Severity.Error,
        "{0} is 0 weeks; it must be at least 1",
        "Write a number of weeks of at least 1.");

    public static readonly DiagnosticDescriptor UnknownRegimeName = new(
        "LK0238", "Model names what no regime has", Severity.Warning,
        "No regime of domain {0} in the compilation has the {1} '{2}'{3}",
        "Check the name. A practice is costed as, and a channel choice picks, a requirement of the regimes the model runs with; a target names the regime it was measured under. A run checks the regimes it pairs the model with again.");

    public static readonly DiagnosticDescriptor InvalidCurrency = new(
        "LK0239", "Not a currency code", Severity.Error,
        "{0}",
        "Name the model's money by the three capital letters of its ISO 4217 code, as in 'currency EUR' (DKK when the clause is left out), and write a caseworker hour's cost as 'cost hour 37.5' or 'cost hour 37.5 money'.");

    public static readonly DiagnosticDescriptor TargetChangeIncomplete = new(
        "LK0240", "Target on a difference, half stated", Severity.Error,
        "Target {0} {1}",
        "A target on a figure is '= N … under Regime'; a target on a difference between two regimes is 'falls by N' or 'rises by N' … 'under Reform against Base', with two different regimes.");

    public static readonly DiagnosticDescriptor ReservedModelName = new(
        "LK0237", "Reserved name", Severity.Error,
        "A {0} cannot be named '{1}': the model's {2} values are named after it",
        "Choose another name.");

}
