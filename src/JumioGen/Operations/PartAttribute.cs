using System;

namespace JumioGen;

/// <summary>
/// Sends the parameter as one part of a <c>multipart/form-data</c> body. A <see cref="System.IO.Stream"/> or
/// <c>byte[]</c> is a file part (with <see cref="FileName"/> and <see cref="ContentType"/>), a <see cref="string"/> is a
/// form field, an <see cref="System.Net.Http.HttpContent"/> is sent as it is (for a content type known only at run
/// time), and any other type is a JSON part serialised like a <see cref="BodyAttribute"/>.
/// </summary>
/// <example><code>
/// [Post("api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}/credentials/{credentialId}/parts/{classifier}")]
/// Task&lt;UploadResponse&gt; UploadPngAsync([TransactionToken] JumioTransaction transaction, string accountId, string workflowExecutionId,
///     string credentialId, string classifier, [Part("file", FileName = "image.png", ContentType = "image/png")] Stream image,
///     CancellationToken cancellationToken = default);
/// </code></example>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PartAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The form field name of the part, e.g. <c>file</c>.</param>
    public PartAttribute(string name) => Name = name;

    /// <summary>The form field name of the part.</summary>
    public string Name { get; }

    /// <summary>The file name sent with a stream or byte-array part; defaults to <see cref="Name"/>.</summary>
    public string? FileName { get; set; }

    /// <summary>The content type of a stream or byte-array part; defaults to <c>application/octet-stream</c>.</summary>
    public string? ContentType { get; set; }
}
