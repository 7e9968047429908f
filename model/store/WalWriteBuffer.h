// WalWriteBuffer: an SQLite VFS that writes each commit's log frames to the write-ahead log in one
// system call instead of two per page.
#pragma once

#include "core/Result.h"

namespace Bouncedesk::Model {

// SQLite writes a frame of the log as two pwrite() calls, its 24-byte header and then its page, so a
// commit of a listener batch (about 130 pages) is some 260 system calls, each paying the kernel's
// per-call cost (file locking, time stamps, the virtual machine's exit) on the writer thread, the one
// serial stage of the ingest path. This VFS wraps the default one and, for write-ahead log files only,
// gathers writes that follow one another in memory and hands them to the real file in one write when
// the commit frame (a frame header with a non-zero database size) has its page, or before anything
// that could look at the file (a read, a sync, a truncate, its size, a file control, a close), or when
// a write does not follow the last one. A commit therefore returns only once its frames are in the
// file, as without it, and an error writing them fails that commit. Every other file is the default
// VFS's own.
namespace WalWriteBuffer {

// Registers the VFS as the process's default (once; later calls return the first outcome). Must run
// before the first SQLite connection is opened for it to apply to that connection.
Result<void> install();

// For tests: write calls the real log files have received since install().
long long realWrites();

} // namespace WalWriteBuffer

} // namespace Bouncedesk::Model
