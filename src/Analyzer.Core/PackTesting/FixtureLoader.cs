using Analyzer.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Analyzer.Core.PackTesting;

/// <summary>Reads the pack's fixtures from <c>rules/fixtures/*.yaml</c>; unknown keys and bad files are errors.</summary>
public static class FixtureLoader
{
    public const string Folder = "fixtures";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static (IReadOnlyList<Fixture> Fixtures, IReadOnlyList<Diagnostic> Problems) Load(string rulesDirectory)
    {
        var folder = System.IO.Path.Combine(rulesDirectory, Folder);
        var fixtures = new List<Fixture>();
        var problems = new List<Diagnostic>();
        if (!Directory.Exists(folder))
        {
            problems.Add(Diagnostic.Error(folder, "no fixtures folder."));
            return (fixtures, problems);
        }
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            try
            {
                var fixture = Deserializer.Deserialize<Fixture>(File.ReadAllText(path)) ?? new Fixture();
                if (string.IsNullOrWhiteSpace(fixture.Proposal) || fixture.Expect.Length == 0
                    || fixture.Expect.Any(e => e.What.Length == 0 || e.Is.Length == 0 || e.Basis.Length == 0))
                {
                    problems.Add(Diagnostic.Error(path, "a fixture needs 'proposal' and 'expect' items with 'what', 'is' and 'basis'."));
                    continue;
                }
                fixtures.Add(fixture with { Path = path });
            }
            catch (YamlException e)
            {
                problems.Add(Diagnostic.Error(path, new SourcePosition((int)e.Start.Line, (int)e.Start.Column), e.InnerException?.Message ?? e.Message));
            }
        }
        return (fixtures, problems);
    }
}
