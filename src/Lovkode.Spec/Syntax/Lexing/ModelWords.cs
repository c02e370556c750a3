namespace Lovkode.Spec.Syntax.Lexing;

/// <summary>
/// Words that are keywords only where a model clause or a value's range expects them
/// (contextual keywords, docs/spec-language.md "Lexical rules"). The lexer reads them as names,
/// so every domain and regime written before model files existed keeps its meaning, and a fact
/// may still be called <c>stock</c> or <c>range</c>; the parser gives them their meaning by place.
/// </summary>
internal static class ModelWords
{
    // Values.
    public const string Range = "range";
    public const string Confidence = "confidence";
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";
    public const string Uniform = "uniform";
    public const string Triangular = "triangular";
    public const string Normal = "normal";
    public const string LogNormal = "lognormal";
    public const string Beta = "beta";
    public const string Calibrated = "calibrated";
    public const string Law = "law";

    // Declarations of a model file.
    public const string Model = "model";
    public const string Area = "area";
    public const string Table = "table";
    public const string All = "all";
    public const string Cohorts = "cohorts";
    public const string Cohort = "cohort";
    public const string Transition = "transition";
    public const string Practice = "practice";
    public const string Choice = "choice";
    public const string Effect = "effect";
    public const string Target = "target";
    public const string Names = "names";

    // Clauses.
    public const string Is = "is";
    public const string Stock = "stock";
    public const string Inflow = "inflow";
    public const string Per = "per";
    public const string Year = "year";
    public const string Hazard = "hazard";
    public const string Draw = "draw";
    public const string Mode = "mode";
    public const string Histogram = "histogram";
    public const string Elapsed = "elapsed";
    public const string Below = "below";
    public const string Spell = "spell";
    public const string Entry = "entry";
    public const string Rest = "rest";
    public const string Stay = "stay";
    public const string Leave = "leave";
    public const string Move = "move";
    public const string To = "to";
    public const string As = "as";
    public const string Meetings = "meetings";
    public const string The = "the";
    public const string First = "first";
    public const string Multiply = "multiply";
    public const string Hour = "hour";
    public const string Fte = "fte";
    public const string Metric = "metric";
    public const string Under = "under";
    public const string Female = "female";
    public const string Male = "male";
    public const string Family = "family";
    public const string Currency = "currency";
    public const string Falls = "falls";
    public const string Rises = "rises";
    public const string Against = "against";
    public const string Money = "money";

    // Areas' results and supervision (area, and a supervision rule's gate and alternative).
    public const string Result = "result";
    public const string Spread = "spread";
    public const string Worse = "worse";
    public const string Above = "above";
    public const string Alternative = "alternative";
    public const string Only = "only";
    public const string Where = "where";
    public const string Saves = "saves";

    /// <summary>The words that begin a declaration inside a model file.</summary>
    public static readonly string[] Declarations = { Area, Table, All, Cohort, Transition, Practice, Choice, Effect, Keywords.Cost, Target, Names };
}
