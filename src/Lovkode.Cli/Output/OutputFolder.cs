namespace Lovkode.Cli;

/// <summary>Checks, before any work, that results can be written where the user asked.</summary>
public static class OutputFolder
{
    public static void EnsureWritable(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".lovkode-probe-{Guid.NewGuid():N}");
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new CliException($"{folder}: the output folder is not writable: {e.Message}");
        }
    }
}
