using System.Globalization;
using Analyzer.Core.Diagnostics;
using FluentValidation;

namespace Analyzer.Core.Proposals;

/// <summary>Checks that ids are unique, every reference names an entity, and no mandate chain is cyclic.</summary>
public static class EntityGraphChecks
{
    public static void Check(Proposal p, ValidationContext<Proposal> context)
    {
        var entities = p.Entities ?? [];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Length; i++)
        {
            if (entities[i].Id is { Length: > 0 } id && !ids.Add(id))
            {
                context.AddFailure($"Entities[{i}].Id", Problems.DuplicateId("entity", id));
            }
        }
        var decisionIds = new HashSet<string>(StringComparer.Ordinal);
        var decisions = p.Decisions ?? [];
        for (var i = 0; i < decisions.Length; i++)
        {
            if (decisions[i].Id is { Length: > 0 } id && !decisionIds.Add(id))
            {
                context.AddFailure($"Decisions[{i}].Id", Problems.DuplicateId("decision", id));
            }
            CheckReference(context, ids, $"Decisions[{i}].By", "by", decisions[i].By);
        }

        if (p.Issuer is not null && !ids.Contains(p.Issuer))
        {
            context.AddFailure("Issuer", Problems.IssuerNotInEntities(p.Issuer));
        }
        for (var i = 0; i < entities.Length; i++)
        {
            var e = entities[i];
            CheckReference(context, ids, $"Entities[{i}].AuthorizedBy", "authorizedBy", e.AuthorizedBy);
            CheckReferences(context, ids, $"Entities[{i}].MandatedBy", "mandatedBy", e.MandatedBy);
            CheckReferences(context, ids, $"Entities[{i}].AccountableTo", "accountableTo", e.AccountableTo);
            CheckReferences(context, ids, $"Entities[{i}].RevocableBy", "revocableBy", e.RevocableBy);
        }
        CheckCycles(entities, context);
    }

    private static void CheckReferences(ValidationContext<Proposal> context, HashSet<string> ids, string path, string name, string[]? refs)
    {
        for (var j = 0; j < (refs?.Length ?? 0); j++)
        {
            CheckReference(context, ids, $"{path}[{j}]", name, refs![j]);
        }
    }

    private static void CheckReference(ValidationContext<Proposal> context, HashSet<string> ids, string path, string name, string? id)
    {
        if (id is not null && !ids.Contains(id))
        {
            context.AddFailure(path, Problems.DanglingReference(name, id));
        }
    }

    /// <summary>Depth-first search over mandatedBy links; reports each cycle once, at the entity that closes it.</summary>
    private static void CheckCycles(Entity[] entities, ValidationContext<Proposal> context)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Length; i++)
        {
            if (entities[i].Id is { } id)
            {
                index.TryAdd(id, i);
            }
        }
        var state = new int[entities.Length]; // 0 unvisited, 1 on the current path, 2 done
        var path = new List<string>();
        for (var i = 0; i < entities.Length; i++)
        {
            Visit(i);
        }

        void Visit(int i)
        {
            if (state[i] != 0)
            {
                return;
            }
            state[i] = 1;
            path.Add(entities[i].Id ?? "?");
            foreach (var parent in entities[i].MandatedBy ?? [])
            {
                if (!index.TryGetValue(parent, out var j))
                {
                    continue;
                }
                if (state[j] == 1)
                {
                    var start = path.IndexOf(parent);
                    var cycle = path.Skip(start).Append(parent);
                    context.AddFailure(string.Create(CultureInfo.InvariantCulture, $"Entities[{i}].MandatedBy"), Problems.CyclicMandate(cycle));
                }
                Visit(j);
            }
            path.RemoveAt(path.Count - 1);
            state[i] = 2;
        }
    }
}
