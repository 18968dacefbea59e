using System.Text.Json;
using System.Text.Json.Nodes;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals;
using Json.Schema;

namespace Analyzer.Tests.Proposals.Schema;

/// <summary>The shipped schema, loaded once, and the two verdicts the tests compare: the schema's and the reader's.</summary>
internal static class SchemaValidation
{
    public static string ShippedPath => Path.Combine(Repo.Proposals, "proposal.schema.json");

    public static readonly JsonSchema Shipped = JsonSchema.FromText(File.ReadAllText(ShippedPath));

    /// <summary>The schema's errors for a JSON value, one line each ("/instrument/binding: ..."); empty when it is valid.</summary>
    public static IReadOnlyList<string> SchemaErrors(JsonNode? instance)
    {
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var result = Shipped.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid"];
    }

    /// <summary>The reader's errors for a file's bytes (warnings do not count); empty when it reads.</summary>
    public static IReadOnlyList<string> ReaderErrors(string name, string text) =>
        [.. ProposalReader.Read(name, System.Text.Encoding.UTF8.GetBytes(text)).Problems
            .Where(p => p.Severity == Severity.Error).Select(p => p.ToString())];
}
