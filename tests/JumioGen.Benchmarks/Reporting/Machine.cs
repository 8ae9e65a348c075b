using System.Runtime.InteropServices;

namespace JumioGen.Benchmarks.Reporting;

/// <summary>The machine a run happened on, in one line, for the report.</summary>
internal static class Machine
{
    public static string Describe() =>
        $"{CpuModel()}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription.Trim()}";

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (File.Exists(cpuInfo))
        {
            var model = File.ReadLines(cpuInfo).FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal));
            if (model?.Split(':', 2) is [_, var name])
            {
                return name.Trim();
            }
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
