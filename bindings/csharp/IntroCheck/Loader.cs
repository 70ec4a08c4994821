// Finds libintrocheck.so: INTROCHECK_LIBRARY, next to the assembly, or under
// runtimes/linux-x64/native/ (the NuGet layout). ICU libraries found beside it
// are loaded first so they win over (or stand in for) the system's.
using System.Reflection;
using System.Runtime.InteropServices;

namespace IntroCheck;

internal static class Loader
{
    // Called once, from Native's static constructor, before the first native call.
    internal static void Register() =>
        NativeLibrary.SetDllImportResolver(typeof(Loader).Assembly, Resolve);

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Native.Lib) return 0;
        foreach (var path in Candidates(assembly))
        {
            if (!File.Exists(path)) continue;
            var directory = Path.GetDirectoryName(path)!;
            foreach (var icu in new[] { "libicudata.so.*", "libicuuc.so.*", "libicui18n.so.*" })
                foreach (var file in Directory.GetFiles(directory, icu))
                    NativeLibrary.TryLoad(file, out _);
            return NativeLibrary.Load(path);
        }
        return 0;  // the runtime's default search, then DllNotFoundException
    }

    private static IEnumerable<string> Candidates(Assembly assembly)
    {
        var explicitPath = Environment.GetEnvironmentVariable("INTROCHECK_LIBRARY");
        if (!string.IsNullOrEmpty(explicitPath)) yield return explicitPath;
        var here = Path.GetDirectoryName(assembly.Location);
        if (string.IsNullOrEmpty(here)) here = AppContext.BaseDirectory;
        yield return Path.Combine(here, "libintrocheck.so.0.2");
        yield return Path.Combine(here, "runtimes", "linux-x64", "native", "libintrocheck.so.0.2");
    }
}
