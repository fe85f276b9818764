#pragma once

namespace motcua::bench {

// `motcua-bench --attachments`: throughput of the encrypted attachment store (hash + encrypt +
// durable write) beside raw OpenSSL EVP AES-256-GCM on the same buffers. Returns the exit code.
int runAttachmentBench(bool quick);

} // namespace motcua::bench
