using Lovkode.LanguageServer.Features;
using Lovkode.LanguageServer.Protocol;
using Lovkode.LanguageServer.Workspace;

namespace Lovkode.LanguageServer.Tests;

/// <summary>Where the cursor stands in the grammar, read from half-typed text.</summary>
public sealed class CompletionContextTests
{
    [Theory]
    [InlineData("group G\n  when benefit = |", CompletionSlot.EnumMembers, "benefit")]
    [InlineData("group G\n  when age >= 18 and benefit != Dag|", CompletionSlot.EnumMembers, "benefit")]
    [InlineData("group G\n  when benefit in {Dagpenge, |", CompletionSlot.EnumMembers, "benefit")]
    [InlineData("group G\n  when benefit not in {|", CompletionSlot.EnumMembers, "benefit")]
    [InlineData("parameter Frist |", CompletionSlot.Units, null)]
    [InlineData("override parameter Frist we|", CompletionSlot.Units, null)]
    [InlineData("requirement R meeting\n  for Dagpenge, |", CompletionSlot.Groups, null)]
    [InlineData("requirement R meeting\n  for Dagpenge\n  actor |", CompletionSlot.Actors, null)]
    [InlineData("requirement R meeting\n  channel Tel|", CompletionSlot.Channels, null)]
    [InlineData("requirement R meeting\n  once within |", CompletionSlot.Parameters, null)]
    [InlineData("requirement R meeting\n  cost meeting |", CompletionSlot.Parameters, null)]
    [InlineData("group G\n  when |", CompletionSlot.Facts, null)]
    [InlineData("group G\n  when age > 3 and (|", CompletionSlot.Facts, null)]
    [InlineData("regime R extends |", CompletionSlot.Regimes, null)]
    [InlineData("remove requirement |", CompletionSlot.BaseNames, "requirement")]
    [InlineData("override parameter |", CompletionSlot.BaseNames, "parameter")]
    [InlineData("quota |", CompletionSlot.Requirements, null)]
    [InlineData("remove |", CompletionSlot.ChangeTargets, "remove")]
    [InlineData("override pa|", CompletionSlot.ChangeTargets, "override")]
    [InlineData("gr|", CompletionSlot.LineStart, null)]
    [InlineData("requirement R meeting\n  |", CompletionSlot.LineStart, "requirement")]
    [InlineData("override parameter P\n  = 3 # a comment\n  |", CompletionSlot.LineStart, "parameter")]
    [InlineData("parameter P weeks\n  = 3 from |", CompletionSlot.Anything, null)]
    public void The_slot_is_read_from_the_text_before_the_cursor(string text, CompletionSlot slot, string? subject)
    {
        var cursor = text.IndexOf('|', StringComparison.Ordinal);
        var lines = new TextLines(text.Remove(cursor, 1));
        var context = CompletionContext.Read(lines, lines.Position(cursor));
        Assert.Equal(slot, context.Slot);
        if (subject is not null) Assert.Equal(subject, context.Subject);
    }
}
