using System.Reflection;

namespace Analyzer.Core.Proposals.Schema;

/// <summary>
/// The proposal model walked the way the reader binds it: the same keys (<see cref="ProposalBinder.BoundFields"/>), the
/// same shapes, in declaration order. The schema, the vocabulary checks and the criteria's field lists all name fields
/// through it, so they cannot disagree on a path.
/// </summary>
public static class ModelFields
{
    /// <summary>Every field of a proposal, depth first: each record's fields follow the field that holds it.</summary>
    public static IReadOnlyList<ModelField> All { get; } = Walk(typeof(Proposal), "").ToList();

    private static readonly Dictionary<PropertyInfo, ModelField> ByProperty = All.ToDictionary(f => f.Property);

    private static readonly Dictionary<string, ModelField> ByPath = All.ToDictionary(f => f.Path, StringComparer.Ordinal);

    /// <summary>The fields of one record type, in declaration order.</summary>
    public static IReadOnlyList<ModelField> Of(Type record) =>
        [.. All.Where(f => f.Property.DeclaringType == record)];

    /// <summary>The model field a property binds, or null for a property the reader does not bind.</summary>
    public static ModelField? Find(PropertyInfo property) => ByProperty.GetValueOrDefault(property);

    public static ModelField? Find(string path) => ByPath.GetValueOrDefault(path);

    /// <summary>How the binder reads a value of this type; <paramref name="type"/> may be nullable.</summary>
    public static FieldShape ShapeOf(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target == typeof(string) ? FieldShape.Text
            : target == typeof(bool) ? FieldShape.Boolean
            : target == typeof(int) ? FieldShape.WholeNumber
            : target == typeof(double) ? FieldShape.Number
            : target == typeof(Dictionary<string, string>) ? FieldShape.TextMap
            : target == typeof(string[]) ? FieldShape.TextList
            : target.IsArray ? FieldShape.RecordList
            : FieldShape.Record;
    }

    private static IEnumerable<ModelField> Walk(Type record, string prefix)
    {
        foreach (var (key, property) in ProposalBinder.BoundFields(record))
        {
            var shape = ShapeOf(property.PropertyType);
            var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
            var held = shape switch
            {
                FieldShape.Record => property.PropertyType,
                FieldShape.RecordList => property.PropertyType.GetElementType(),
                _ => null,
            };
            var field = new ModelField(path, key, property, shape) { RecordType = held };
            yield return field;
            if (held is not null)
            {
                foreach (var inner in Walk(held, field.ChildPrefix))
                {
                    yield return inner;
                }
            }
        }
    }
}
