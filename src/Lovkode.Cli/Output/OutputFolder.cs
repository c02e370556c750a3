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

    /// <summary>Deletes the folder when nothing is in it (a run that failed before writing leaves nothing behind).</summary>
    public static void RemoveIfEmpty(string folder)
    {
        try
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Leaving an empty folder is harmless; the run's own error is what the user needs to see.
        }
    }
}
