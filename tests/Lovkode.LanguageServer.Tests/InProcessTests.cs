using Lovkode.LanguageServer.Features;
using Lovkode.LanguageServer.Protocol;
using Lovkode.LanguageServer.Symbols;
using Lovkode.LanguageServer.Workspace;

namespace Lovkode.LanguageServer.Tests;

/// <summary>
/// The workspace, names index and providers in process, on a small domain with a base and a
/// reform of the test's own (the Spec compiler alone, no built-in law).
/// </summary>
public sealed class InProcessTests
{
    private const string Domain = """
        domain Lille "Et lille domæne"

        enum Ydelse "Ydelse":
          Dagpenge "Dagpenge",
          Kontant "Kontanthjælp"

        fact ydelse: Ydelse "Ydelsen"
        fact alder: number 0..120 "Alder"

        actor Jobcenter "Jobcentret"
        channel Moede "Fremmøde"
        """;

    private const string Base = """
        regime Grund "Grundlov"
          domain Lille
          § "Grundloven"

        group Ledige "Ledige på dagpenge"
          when ydelse = Dagpenge
          § "Grundloven § 1"

        group Andre "Alle andre"
          when not ydelse = Dagpenge
          § "Grundloven § 2"

        parameter Frist weeks "Frist"
          = 3 range 2..6                                       assumed "Antaget: tre uger"

        requirement Samtale meeting "Samtale"
          for Ledige
          actor Jobcenter
          channel Moede
          once within Frist weeks
          cost meeting 30 minutes
          § "Grundloven § 3"
        """;

    private const string Reform = """
        regime Ny extends Grund "Ny lov"
          § "Ny lov"

        replace group Ledige "Ledige på dagpenge over 25"
          when ydelse = Dagpenge and alder > 25
          § "Ny lov § 1"

        replace group Andre "Alle andre"
          when not (ydelse = Dagpenge and alder > 25)
          § "Ny lov § 2"
        """;

    private static (RulesWorkspace Workspace, Snapshot Snapshot) Open(params (string Path, string Text)[] files)
    {
        var workspace = new RulesWorkspace(new PlainFrontEnd());
        foreach (var (path, text) in files) workspace.Open(DocumentUris.FromPath(path), text, 1);
        return (workspace, workspace.Current());
    }

    private static Position At(Snapshot snapshot, string path, string text, string needle, int skip = 0) =>
        snapshot.Lines(path)!.Position(text.IndexOf(needle, StringComparison.Ordinal) + skip);

    [Fact]
    public void The_small_law_compiles_cleanly()
    {
        var (_, snapshot) = Open(("/w/Lille.rules", Domain), ("/w/Grund.rules", Base), ("/w/Ny.rules", Reform));
        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public void A_replaced_group_is_one_name_with_its_base_and_its_definition_from_the_reform_is_the_base()
    {
        var (_, snapshot) = Open(("/w/Lille.rules", Domain), ("/w/Grund.rules", Base), ("/w/Ny.rules", Reform));
        var definition = Navigation.Definition(snapshot, "/w/Ny.rules", At(snapshot, "/w/Ny.rules", Reform, "group Ledige", 7))!;
        Assert.Equal(DocumentUris.FromPath("/w/Grund.rules"), definition.Uri);
        Assert.Equal(4, definition.Range.Start.Line);

        var references = Navigation.References(snapshot, "/w/Grund.rules", At(snapshot, "/w/Grund.rules", Base, "for Ledige", 5), includeDeclaration: true);
        Assert.Equal(3, references.Count); // the base's group, its use in Samtale, the reform's replace
        Assert.Contains(references, r => r.Uri == DocumentUris.FromPath("/w/Ny.rules"));
    }

    [Fact]
    public void Hover_in_the_reform_shows_the_new_condition_and_what_the_base_said()
    {
        var (_, snapshot) = Open(("/w/Lille.rules", Domain), ("/w/Grund.rules", Base), ("/w/Ny.rules", Reform));
        var text = HoverProvider.Hover(snapshot, "/w/Ny.rules", At(snapshot, "/w/Ny.rules", Reform, "group Ledige", 7))!.Contents.Value;
        Assert.Contains("when `ydelse = Dagpenge and alder > 25`", text, StringComparison.Ordinal);
        Assert.Contains("Ny lov § 1", text, StringComparison.Ordinal);
        Assert.Contains("Before this reform", text, StringComparison.Ordinal);
        Assert.Contains("when ydelse = Dagpenge\n", text, StringComparison.Ordinal);
        Assert.Contains("Grundloven § 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hover_on_a_parameter_shows_its_assumption_range_and_a_requirement_its_schedule_actor_channel_and_cost()
    {
        var (_, snapshot) = Open(("/w/Lille.rules", Domain), ("/w/Grund.rules", Base));
        var parameter = HoverProvider.Hover(snapshot, "/w/Grund.rules", At(snapshot, "/w/Grund.rules", Base, "within Frist", 8))!.Contents.Value;
        Assert.Contains("**3 weeks** (assumption range 2 weeks..6 weeks, triangular)", parameter, StringComparison.Ordinal);
        Assert.Contains("assumed: Antaget: tre uger", parameter, StringComparison.Ordinal);

        var requirement = HoverProvider.Hover(snapshot, "/w/Grund.rules", At(snapshot, "/w/Grund.rules", Base, "requirement Samtale", 13))!.Contents.Value;
        Assert.Contains("schedule: once within Frist weeks", requirement, StringComparison.Ordinal);
        Assert.Contains("actor: Jobcenter (Jobcentret)", requirement, StringComparison.Ordinal);
        Assert.Contains("channel: Moede (Fremmøde)", requirement, StringComparison.Ordinal);
        Assert.Contains("cost: meeting 30 minutes", requirement, StringComparison.Ordinal);
        Assert.Contains("Grundloven § 3", requirement, StringComparison.Ordinal);

        var member = HoverProvider.Hover(snapshot, "/w/Grund.rules", At(snapshot, "/w/Grund.rules", Base, "= Dagpenge", 3))!.Contents.Value;
        Assert.Contains("`Dagpenge` — Dagpenge", member, StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_a_fact_edits_the_domain_and_every_condition()
    {
        var (_, snapshot) = Open(("/w/Lille.rules", Domain), ("/w/Grund.rules", Base), ("/w/Ny.rules", Reform));
        var edit = RenameProvider.Rename(snapshot, "/w/Lille.rules", At(snapshot, "/w/Lille.rules", Domain, "fact ydelse", 6), "benefit")!;
        Assert.Single(edit.Changes[DocumentUris.FromPath("/w/Lille.rules")]);
        Assert.Equal(2, edit.Changes[DocumentUris.FromPath("/w/Grund.rules")].Count);
        Assert.Equal(2, edit.Changes[DocumentUris.FromPath("/w/Ny.rules")].Count);
        Assert.Throws<Server.InvalidParamsException>(() => RenameProvider.Rename(snapshot, "/w/Lille.rules", At(snapshot, "/w/Lille.rules", Domain, "fact ydelse", 6), "when"));
    }

    [Fact]
    public void The_outline_lists_the_declarations_with_the_enum_members_under_their_enum()
    {
        var (_, snapshot) = Open(("/w/Lille.rules", Domain));
        var symbols = OutlineProvider.Symbols(snapshot, "/w/Lille.rules");
        Assert.Equal(["Lille", "Ydelse", "ydelse", "alder", "Jobcenter", "Moede"], symbols.Select(s => s.Name));
        Assert.Equal(["Dagpenge", "Kontant"], symbols[1].Children!.Select(c => c.Name));
    }

    [Fact]
    public void Completion_offers_the_domains_actors_after_actor_and_the_regimes_groups_after_for()
    {
        var text = Base.Replace("  actor Jobcenter", "  actor ", StringComparison.Ordinal);
        var (_, snapshot) = Open(("/w/Lille.rules", Domain), ("/w/Grund.rules", text));
        var actors = CompletionProvider.Complete(snapshot, "/w/Grund.rules", At(snapshot, "/w/Grund.rules", text, "  actor ", 8)).Items.Select(i => i.Label);
        Assert.Equal(["Jobcenter"], actors);
        var groups = CompletionProvider.Complete(snapshot, "/w/Grund.rules", At(snapshot, "/w/Grund.rules", text, "for Ledige", 4)).Items.Select(i => i.Label);
        Assert.Equal(["Ledige", "Andre"], groups);
    }

    [Fact]
    public void An_index_lookup_finds_the_name_under_the_cursor_and_at_its_end()
    {
        var (_, snapshot) = Open(("/w/Lille.rules", Domain));
        var lines = snapshot.Lines("/w/Lille.rules")!;
        var start = Domain.IndexOf("fact alder", StringComparison.Ordinal) + 5;
        Assert.Equal(new SymbolKey(SymbolKind.Fact, "Lille", "alder"), snapshot.Index.At("/w/Lille.rules", start)!.Key);
        Assert.Equal("alder", snapshot.Index.At("/w/Lille.rules", start + 5)!.Key.Name);
        Assert.Null(snapshot.Index.At("/w/Lille.rules", start - 2));
        _ = lines;
    }

    [Fact]
    public void A_file_from_the_folder_scan_opened_under_another_spelling_of_its_uri_is_one_document()
    {
        using var folder = new Workspace();
        var path = folder.Write("Lille.rules", Domain);
        var workspace = new RulesWorkspace(new PlainFrontEnd());
        workspace.AddFolder(folder.Root);
        var spelledOtherwise = DocumentUris.FromPath(path).Replace("Lille.rules", "%4Cille.rules", StringComparison.Ordinal);
        workspace.Open(spelledOtherwise, Domain.Replace("Alder", "Alder i år", StringComparison.Ordinal), 2);
        var document = Assert.Single(workspace.Documents);
        Assert.Equal(spelledOtherwise, document.Uri);
        Assert.Empty(workspace.Current().Diagnostics);
    }
}
