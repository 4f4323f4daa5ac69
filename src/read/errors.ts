// File-system errors as the one-line reasons extract prints after a file's name.

/**
 * The reason for a failed stat, readdir or read. `listed`: the file was found by a folder
 * walk just before, so a missing file was most likely deleted in between.
 */
export function describeFsError(e: unknown, listed = false): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? (listed ? 'no such file (was it deleted while the folder was read?)' : 'no such file or folder')
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'ELOOP' ? 'too many levels of symbolic links'
    : code === 'ENOTDIR' ? 'not a folder'
    : code === 'EISDIR' ? 'is a folder'
    : code === 'ENOSPC' ? 'no space left on the device'
    : code === 'EROFS' ? 'read-only file system'
    : code === 'EEXIST' ? 'a file of that name appeared meanwhile'
    : (e as Error).message;
}
