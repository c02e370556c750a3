using System.CommandLine;
using Lovkode.Cli.Compilation;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode cache [info|clear]</c>: where the compiled .rules files are kept, how many and how
/// large, and emptying it. The cache is never needed for correctness: clearing it only makes the
/// next run with a .rules file compile again.
/// </summary>
internal static class CacheCommand
{
    public static Command Create()
    {
        var info = new Command("info", "Print the cache folder, its entries and their size");
        info.SetAction(_ => Guarded.Run(() => Info(RulesCache.Default, Console.Out)));
        var clear = new Command("clear", "Remove every compiled .rules entry from the cache");
        clear.SetAction(_ => Guarded.Run(() => Clear(RulesCache.Default, Console.Out)));
        var command = new Command("cache", "The cache of compiled .rules files (see docs/cli.md)") { info, clear };
        command.SetAction(_ => Guarded.Run(() => Info(RulesCache.Default, Console.Out)));
        return command;
    }

    public static int Info(RulesCache cache, TextWriter output)
    {
        if (cache.Directory is null)
        {
            output.WriteLine($"the cache is off ({RulesCache.SwitchVariable}=off)");
            return ExitCodes.Ok;
        }
        var (entries, bytes) = cache.Size();
        output.WriteLine($"{cache.Directory}: {entries} compiled .rules {(entries == 1 ? "entry" : "entries")}, {bytes / 1024.0:F0} KiB (at most {RulesCache.MaxEntries} are kept)");
        return ExitCodes.Ok;
    }

    public static int Clear(RulesCache cache, TextWriter output)
    {
        if (cache.Directory is null)
        {
            output.WriteLine($"the cache is off ({RulesCache.SwitchVariable}=off); nothing to clear");
            return ExitCodes.Ok;
        }
        var removed = cache.Clear();
        output.WriteLine($"removed {removed} compiled .rules {(removed == 1 ? "entry" : "entries")} from {cache.Directory}");
        return ExitCodes.Ok;
    }
}
