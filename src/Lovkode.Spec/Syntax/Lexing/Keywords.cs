using System.Collections.Generic;

namespace Lovkode.Spec.Syntax.Lexing;

/// <summary>The reserved words of the language (docs/spec-language.md, "Lexical rules").</summary>
public static class Keywords
{
    public const string Domain = "domain";
    public const string Regime = "regime";
    public const string Extends = "extends";
    public const string Source = "source";
    public const string Effective = "effective";
    public const string Enum = "enum";
    public const string Fact = "fact";
    public const string Actor = "actor";
    public const string Channel = "channel";
    public const string Group = "group";
    public const string Outside = "outside";
    public const string When = "when";
    public const string Parameter = "parameter";
    public const string Requirement = "requirement";
    public const string Quota = "quota";
    public const string Supervision = "supervision";
    public const string Remove = "remove";
    public const string Replace = "replace";
    public const string Override = "override";
    public const string Regroup = "regroup";
    public const string From = "from";
    public const string Until = "until";
    public const string For = "for";
    public const string By = "by";
    public const string Within = "within";
    public const string Once = "once";
    public const string Times = "times";
    public const string Every = "every";
    public const string After = "after";
    public const string Cumulative = "cumulative";
    public const string Weeks = "weeks";
    public const string Week = "week";
    public const string Cost = "cost";
    public const string Except = "except";
    public const string And = "and";
    public const string Or = "or";
    public const string Not = "not";
    public const string In = "in";
    public const string True = "true";
    public const string False = "false";
    public const string Number = "number";
    public const string Bool = "bool";
    public const string Date = "date";
    public const string At = "at";
    public const string Least = "least";
    public const string Of = "of";
    public const string Measure = "measure";
    public const string Among = "among";
    public const string Cases = "cases";
    public const string Over = "over";
    public const string Threshold = "threshold";
    public const string Meeting = "meeting";
    public const string Task = "task";
    public const string Offer = "offer";
    public const string Documentation = "documentation";
    public const string Preparation = "preparation";
    public const string FollowUp = "follow-up";
    public const string Citizen = "citizen";
    public const string Days = "days";
    public const string Minutes = "minutes";
    public const string Hours = "hours";
    public const string Dkk = "dkk";
    public const string Share = "share";
    public const string Count = "count";
    public const string Cite = "cite";
    public const string Assumed = "assumed";

    private static readonly Dictionary<string, string> All = Build(
        Domain, Regime, Extends, Source, Effective, Enum, Fact, Actor, Channel, Group, Outside, When,
        Parameter, Requirement, Quota, Supervision, Remove, Replace, Override, Regroup, From, Until,
        For, By, Within, Once, Times, Every, After, Cumulative, Weeks, Week, Cost, Except, And, Or,
        Not, In, True, False, Number, Bool, Date, At, Least, Of, Measure, Among, Cases, Over,
        Threshold, Meeting, Task, Offer, Documentation, Preparation, FollowUp, Citizen, Days,
        Minutes, Hours, Dkk, Share, Count, Cite, Assumed);

    /// <summary>Returns the interned keyword when <paramref name="word"/> is one.</summary>
    public static bool TryGet(string word, out string keyword) => All.TryGetValue(word, out keyword!);

    public static bool IsKeyword(string word) => All.ContainsKey(word);

    private static Dictionary<string, string> Build(params string[] words)
    {
        var map = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var word in words) map[word] = word;
        return map;
    }
}
