using System.Collections;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Tests.Evaluation;

/// <summary>
/// Missing information is never a verdict: removing any one stated field from any shipped example may turn a
/// criterion's met or not-met into not-stated (or not-applicable), but never into the opposite verdict, and
/// never into a verdict the full proposal did not reach.
/// </summary>
public sealed class MissingInformationTests
{
    private static readonly RulePack Pack = RulePackLoader.Load(Repo.Rules).Pack!;
    private static readonly ProposalValidator Validator = new();

    [Fact]
    public void Evaluate_AnyFieldRemoved_NeverReachesADifferentVerdict()
    {
        var violations = new List<string>();
        var variants = 0;
        foreach (var file in ProposalFinder.Find([Repo.Proposals]).Files)
        {
            var proposal = new ProposalReader().Read(file).Proposal!;
            var full = Outcomes(proposal);
            // A removal that leaves a reference dangling (an issuer no longer among the entities) is not a valid proposal.
            foreach (var (path, variant) in WithOneFieldRemoved(proposal, "").Where(v => Validator.Validate(v.Variant).IsValid))
            {
                variants++;
                var partial = Outcomes(variant);
                foreach (var (id, outcome) in partial)
                {
                    if (outcome is Outcome.Met or Outcome.NotMet && full[id] != outcome && !StatesTheOpposite(id, variant))
                    {
                        violations.Add($"{proposal.Id} without {path}: {id} {full[id]} -> {outcome}");
                    }
                }
            }
        }

        Assert.True(variants > 1000, $"only {variants} variants");
        Assert.True(violations.Count == 0, string.Join("\n", violations.Take(400)) + $"\n({violations.Count} in all)");
    }

    /// <summary>
    /// RH-15 is met by either of two fields: a review cycle, or a revision entry in 'cooperation.flexibility'. An empty
    /// (or 'none') flexibility list states that the design has no flexibility at all, revision included; a file that also
    /// states a review cycle says two things that disagree (compact-flexibility-b). Remove the cycle and the not-met
    /// comes from what the variant explicitly states, not from what it leaves out, so it is not counted here.
    /// </summary>
    private static bool StatesTheOpposite(string id, Proposal variant) =>
        id == "RH-15" && variant.Cooperation?.Flexibility is { } flexibility && flexibility.All(f => f == "none");

    private static Dictionary<string, Outcome> Outcomes(Proposal proposal)
    {
        var facts = FactsBuilder.Build(proposal);
        return Pack.Criteria.ToDictionary(c => c.Id, c => ProposalEvaluator.Evaluate(c, proposal, facts).Outcome);
    }

    /// <summary>Copies of the record with one stated member set to null, at any depth (records and list items).</summary>
    private static IEnumerable<(string Path, T Variant)> WithOneFieldRemoved<T>(T record, string prefix) where T : class
    {
        foreach (var property in record.GetType().GetProperties().Where(p => p.CanWrite))
        {
            var value = property.GetValue(record);
            if (value is null || property.Name is "Id" or "Title")
            {
                continue;
            }
            var path = $"{prefix}{property.Name}";
            yield return (path, With(record, property.Name, null));
            if (value is Array { Length: > 0 } items && items.GetValue(0) is not string)
            {
                for (var i = 0; i < items.Length; i++)
                {
                    foreach (var (inner, item) in WithOneFieldRemoved(items.GetValue(i)!, $"{path}[{i}]."))
                    {
                        var copy = (Array)items.Clone();
                        copy.SetValue(item, i);
                        yield return (inner, With(record, property.Name, copy));
                    }
                }
            }
            else if (value is not string and not Array and not IDictionary && !value.GetType().IsValueType)
            {
                foreach (var (inner, nested) in WithOneFieldRemoved(value, $"{path}."))
                {
                    yield return (inner, With(record, property.Name, nested));
                }
            }
            else if (value is Dictionary<string, string> map)
            {
                foreach (var key in map.Keys)
                {
                    var copy = new Dictionary<string, string>(map);
                    copy.Remove(key);
                    yield return ($"{path}.{key}", With(record, property.Name, copy));
                }
            }
        }
    }

    private static T With<T>(T record, string property, object? value) where T : class
    {
        // Records' compiler-generated copy constructor, reached through MemberwiseClone, keeps the original intact.
        var copy = (T)typeof(object).GetMethod("MemberwiseClone", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.Invoke(record, null)!;
        copy.GetType().GetProperty(property)!.SetValue(copy, value);
        return copy;
    }
}
