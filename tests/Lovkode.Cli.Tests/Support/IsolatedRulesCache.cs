using System.Runtime.CompilerServices;
using Lovkode.Cli.Compilation;

namespace Lovkode.Cli.Tests.Support;

/// <summary>
/// The tests (and the lovkode processes they start, which inherit the environment) cache compiled
/// rules in a folder of their own, removed at exit: never in the user's cache, and never served
/// from a previous run's entries.
/// </summary>
internal static class IsolatedRulesCache
{
    [ModuleInitializer]
    internal static void Use()
    {
        var folder = Directory.CreateTempSubdirectory("lovkode-test-cache-").FullName;
        Environment.SetEnvironmentVariable(RulesCache.DirectoryVariable, folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A child process may still hold a file; the folder is in the temp area.
            }
        };
    }
}
