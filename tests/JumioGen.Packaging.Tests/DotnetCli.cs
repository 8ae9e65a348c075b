using System.Diagnostics;

namespace JumioGen.Packaging.Tests;

/// <summary>Runs the dotnet CLI as a user would, isolated from the test host's MSBuild environment.</summary>
internal static class DotnetCli
{
    public static async Task<string> RunAsync(string workingDirectory, params string[] arguments)
    {
        var (exitCode, output) = await RunUncheckedAsync(workingDirectory, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} failed with {exitCode}:\n{output}");
        return output;
    }

    /// <summary>Runs dotnet and returns its exit code and output, for commands that are expected to fail.</summary>
    public static Task<(int ExitCode, string Output)> RunUncheckedAsync(string workingDirectory, params string[] arguments) =>
        RunProgramUncheckedAsync("dotnet", workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs <paramref name="program"/> (an app dotnet built) and returns its output; a non-zero exit fails the test.</summary>
    public static async Task<string> RunProgramAsync(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var (exitCode, output) = await RunProgramUncheckedAsync(program, workingDirectory, environment, arguments);
        Assert.True(exitCode == 0, $"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed with {exitCode}:\n{output}");
        return output;
    }

    private static async Task<(int ExitCode, string Output)> RunProgramUncheckedAsync(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild/VSTest; inherited MSBuild variables would steer the child build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "JumioGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("JumioGen.sln not found above " + AppContext.BaseDirectory);
    }
}
