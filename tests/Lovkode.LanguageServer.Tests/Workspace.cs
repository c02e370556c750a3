namespace Lovkode.LanguageServer.Tests;

/// <summary>A temporary folder of .rules files, removed after the test.</summary>
public sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "lovkode-lsp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The specs the tests edit: a reform of the built-in Lab2019, and a base and reform of the user's own.</summary>
public static class Specs
{
    // Line 12 (0-based), columns 17..24: the misspelt member.
    public const string BrokenReform = """
        regime MyReform extends Lab2019 "Min reform"
          § "Min lov"

        override parameter CvFrist
          = 4                                                  § "Min lov § 1"

        requirement Opfoelgning meeting "Opfølgning"
          for Dagpenge
          actor Jobcenter
          channel Fremmoede
          once within 8 weeks
          cost meeting 30 minutes
          when benefit = Dagpeng and age >= 18
          § "Min lov § 2"
        """;

    public static string FixedReform => BrokenReform.Replace("benefit = Dagpeng and", "benefit = Dagpenge and", StringComparison.Ordinal);

    public const string Base = """
        regime MinBase extends Lab2019 "Egen base"
          § "Min lov"

        parameter SamtaleFrist weeks "Frist for den første samtale"
          = 6                                                  § "Min lov § 3, stk. 2"

        requirement ForsteSamtale meeting "Første samtale"
          for Dagpenge
          actor Jobcenter
          channel Fremmoede
          once within SamtaleFrist weeks
          cost meeting 30 minutes
          § "Min lov § 3"
        """;

    public const string Reform = """
        regime MinReform extends MinBase "Reform af egen base"
          § "Min reform"

        override parameter SamtaleFrist
          = 4                                                  § "Min reform § 1"

        quota ForsteSamtale at least 50% of Dagpenge within weeks 0..13 § "Min reform § 2"
        """;
}
