using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JumioGen;

/// <summary>
/// Puts the values of a custom operation's parameters into its request: path segments, query string, headers,
/// multipart parts and JSON metadata. Called by generated code; not meant for direct use.
/// </summary>
/// <remarks>Values are formatted with the invariant culture, so a request never depends on the machine's locale.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JumioRequestValues
{
    private static readonly MediaTypeHeaderValue OctetStream = new("application/octet-stream");

    /// <summary>
    /// Formats and escapes one path segment. A missing or blank value, and "." or "..", are refused rather than silently
    /// changing the route: escaping leaves dots alone and URI resolution removes dot segments, so an id of ".." would turn
    /// <c>DELETE accounts/{a}/workflow-executions/{w}</c> into <c>DELETE accounts/{a}/</c>.
    /// </summary>
    /// <param name="value">The parameter's value.</param>
    /// <param name="parameterName">The parameter's name, for the exception.</param>
    public static string PathSegment<T>(T value, string parameterName)
    {
        var text = Format(value);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException($"{parameterName} is required.", parameterName);
        }

        if (text is "." or "..")
        {
            throw new ArgumentException($"{parameterName} must not be \"{text}\": it would change the request's path.", parameterName);
        }

        return Uri.EscapeDataString(text);
    }

    /// <summary>Appends <c>name=value</c> to <paramref name="path"/>'s query string; a <see langword="null"/> value appends nothing.</summary>
    /// <param name="path">The relative path so far.</param>
    /// <param name="name">The query name.</param>
    /// <param name="value">The value.</param>
    public static string AppendQuery<T>(string path, string name, T value)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        var text = Format(value);
        return text is null ? path : Append(path, name, text);
    }

    /// <summary>Appends one <c>name=value</c> per item; <see langword="null"/> items and a <see langword="null"/> collection append nothing.</summary>
    /// <param name="path">The relative path so far.</param>
    /// <param name="name">The query name.</param>
    /// <param name="values">The values.</param>
    public static string AppendQueryValues<T>(string path, string name, IEnumerable<T>? values)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (values is null)
        {
            return path;
        }

        foreach (var value in values)
        {
            if (Format(value) is { } text)
            {
                path = Append(path, name, text);
            }
        }

        return path;
    }

    /// <summary>Adds the header <paramref name="name"/>; a <see langword="null"/> value adds nothing.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The header name.</param>
    /// <param name="value">The value.</param>
    public static void AddHeader<T>(HttpRequestMessage request, string name, T value)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        if (Format(value) is { } text && !request.Headers.TryAddWithoutValidation(name, text))
        {
            throw new ArgumentException($"\"{name}\" cannot be sent as a request header.", nameof(name));
        }
    }

    /// <summary>Adds a file part from a stream; a <see langword="null"/> stream adds nothing.</summary>
    /// <param name="content">The multipart body.</param>
    /// <param name="name">The form field name.</param>
    /// <param name="value">The stream, read when the request is sent.</param>
    /// <param name="fileName">The file name; <see langword="null"/> means <paramref name="name"/>.</param>
    /// <param name="contentType">The content type; <see langword="null"/> means <c>application/octet-stream</c>.</param>
    public static void AddStreamPart(MultipartFormDataContent content, string name, Stream? value, string? fileName, string? contentType)
    {
        if (value is not null)
        {
            AddFile(content, name, new StreamContent(value), fileName, contentType);
        }
    }

    /// <summary>Adds a file part from bytes; <see langword="null"/> adds nothing.</summary>
    /// <param name="content">The multipart body.</param>
    /// <param name="name">The form field name.</param>
    /// <param name="value">The bytes.</param>
    /// <param name="fileName">The file name; <see langword="null"/> means <paramref name="name"/>.</param>
    /// <param name="contentType">The content type; <see langword="null"/> means <c>application/octet-stream</c>.</param>
    public static void AddBytesPart(MultipartFormDataContent content, string name, byte[]? value, string? fileName, string? contentType)
    {
        if (value is not null)
        {
            AddFile(content, name, new ByteArrayContent(value), fileName, contentType);
        }
    }

    /// <summary>Adds a form field; <see langword="null"/> adds nothing.</summary>
    /// <param name="content">The multipart body.</param>
    /// <param name="name">The form field name.</param>
    /// <param name="value">The text.</param>
    public static void AddStringPart(MultipartFormDataContent content, string name, string? value)
    {
        if (content is null) throw new ArgumentNullException(nameof(content));
        if (value is not null)
        {
            content.Add(new StringContent(value), name);
        }
    }

    /// <summary>Adds a part exactly as given; <see langword="null"/> adds nothing.</summary>
    /// <param name="content">The multipart body.</param>
    /// <param name="name">The form field name.</param>
    /// <param name="value">The part.</param>
    public static void AddContentPart(MultipartFormDataContent content, string name, HttpContent? value)
    {
        if (content is null) throw new ArgumentNullException(nameof(content));
        if (value is not null)
        {
            content.Add(value, name);
        }
    }

    /// <summary>Adds a JSON part; <see langword="null"/> adds nothing.</summary>
    /// <param name="content">The multipart body.</param>
    /// <param name="name">The form field name.</param>
    /// <param name="value">The value.</param>
    /// <param name="jsonTypeInfo">Source-generated metadata for <typeparamref name="T"/>.</param>
    public static void AddJsonPart<T>(MultipartFormDataContent content, string name, T value, JsonTypeInfo<T> jsonTypeInfo)
    {
        if (content is null) throw new ArgumentNullException(nameof(content));
        if (value is not null)
        {
            content.Add(JsonContent.Create(value, jsonTypeInfo), name);
        }
    }

    /// <summary>
    /// The metadata for <typeparamref name="T"/> from a source-generated <see cref="JsonSerializerContext"/>, found without
    /// reflection; throws a message that says which attribute to add when the context does not know the type.
    /// </summary>
    /// <param name="context">The interface's <see cref="JumioApiAttribute.JsonContext"/>.</param>
    public static JsonTypeInfo<T> JsonTypeInfo<T>(JsonSerializerContext context)
    {
        if (context is null) throw new ArgumentNullException(nameof(context));
        return context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T> ?? throw new InvalidOperationException(
            $"{context.GetType().Name} has no JSON metadata for {typeof(T).Name}; add [JsonSerializable(typeof({typeof(T).Name}))] to it.");
    }

    private static void AddFile(MultipartFormDataContent content, string name, HttpContent file, string? fileName, string? contentType)
    {
        if (content is null) throw new ArgumentNullException(nameof(content));
        file.Headers.ContentType = contentType is null ? OctetStream : MediaTypeHeaderValue.Parse(contentType);
        content.Add(file, name, fileName ?? name);
    }

    private static string Append(string path, string name, string value) =>
        path + (path.IndexOf('?', StringComparison.Ordinal) < 0 ? "?" : "&") + Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value);

    private static string? Format<T>(T value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset moment => moment.ToString("O", CultureInfo.InvariantCulture),
        DateTime moment => moment.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        Enum member => member.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
