using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit.Sdk;

namespace ExchangePorts.Generators.Tests.Infrastructure;

/// <summary>Walks every object reachable from a value through its fields.</summary>
internal static class ObjectGraph
{
    /// <summary>Fails when anything reachable is an instance of one of <paramref name="forbidden"/>.</summary>
    public static void AssertContainsNone(object? root, IReadOnlyCollection<Type> forbidden)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>();
        if (root is not null)
        {
            pending.Push((root, root.GetType().Name));
        }

        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            var type = value.GetType();
            if (forbidden.FirstOrDefault(f => f.IsInstanceOfType(value)) is { } hit)
            {
                throw new XunitException($"{path} is a {hit.Name} ({type.FullName})");
            }

            if (type.IsPrimitive || type.IsEnum || value is string || (!type.IsValueType && !visited.Add(value)))
            {
                continue;
            }

            if (value is IEnumerable items and not string)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        pending.Push((item, $"{path}[{index}]"));
                    }

                    index++;
                }
            }

            for (var t = type; t is not null; t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.GetValue(value) is { } child && !field.FieldType.IsPointer)
                    {
                        pending.Push((child, path + "." + field.Name));
                    }
                }
            }
        }
    }
}
