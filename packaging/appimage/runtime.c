// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// The AppImage type-2 runtime: the ELF program at the front of cobot-kiosk-x86_64.AppImage. It finds the
// squashfs image appended to itself, mounts it with FUSE (squashfuse's low-level library) and runs AppRun
// from it; where FUSE is unavailable it extracts the image to a temporary folder and runs it from there.
//
// No published AppImage runtime can be fetched where this project builds, so this one is built from
// Debian's static libsquashfuse and the format's facts (docs.appimage.org, "AppImage specification").
// libfuse3 (LGPL) is not linked at all: it is dlopen()ed at run time, so a machine without it still
// runs the AppImage (by extracting it), and the library stays replaceable as the LGPL asks.

#define _GNU_SOURCE
#define FUSE_USE_VERSION 32

#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <squashfuse/ll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef RUNTIME_VERSION
#define RUNTIME_VERSION "unknown"
#endif

static const char *program = "appimage";

static void complain(const char *format, ...) __attribute__((format(printf, 1, 2)));
static void complain(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    fprintf(stderr, "%s: ", program);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
}

// ---------------------------------------------------------------------------------------------------
// libfuse3, resolved at run time. libsquashfuse_ll.a calls these names; the definitions below forward
// each call to the library once fuse_load() has found it.

#define FUSE_RETURNING(X)                                                                                    \
    X(size_t, fuse_add_direntry,                                                                             \
        (fuse_req_t req, char *buf, size_t bufsize, const char *name, const struct stat *st, off_t off),     \
        (req, buf, bufsize, name, st, off))                                                                  \
    X(int, fuse_daemonize, (int foreground), (foreground))                                                   \
    X(int, fuse_reply_attr, (fuse_req_t req, const struct stat *attr, double timeout), (req, attr, timeout)) \
    X(int, fuse_reply_buf, (fuse_req_t req, const char *buf, size_t size), (req, buf, size))                 \
    X(int, fuse_reply_entry, (fuse_req_t req, const struct fuse_entry_param *e), (req, e))                   \
    X(int, fuse_reply_err, (fuse_req_t req, int err), (req, err))                                            \
    X(int, fuse_reply_open, (fuse_req_t req, const struct fuse_file_info *fi), (req, fi))                    \
    X(int, fuse_reply_readlink, (fuse_req_t req, const char *link), (req, link))                             \
    X(int, fuse_reply_statfs, (fuse_req_t req, const struct statvfs *st), (req, st))                         \
    X(int, fuse_reply_xattr, (fuse_req_t req, size_t count), (req, count))                                   \
    X(void *, fuse_req_userdata, (fuse_req_t req), (req))                                                    \
    X(struct fuse_session *, fuse_session_new,                                                               \
        (struct fuse_args * args, const struct fuse_lowlevel_ops *op, size_t op_size, void *userdata),       \
        (args, op, op_size, userdata))                                                                       \
    X(int, fuse_session_mount, (struct fuse_session * se, const char *mountpoint), (se, mountpoint))         \
    X(int, fuse_session_loop, (struct fuse_session * se), (se))

#define FUSE_VOID(X)                                                                                         \
    X(fuse_cmdline_help, (void), ())                                                                         \
    X(fuse_reply_none, (fuse_req_t req), (req))                                                              \
    X(fuse_session_exit, (struct fuse_session * se), (se))                                                   \
    X(fuse_session_unmount, (struct fuse_session * se), (se))                                                \
    X(fuse_session_destroy, (struct fuse_session * se), (se))

#define DECLARE_RETURNING(type, name, params, args)                                                          \
    static type(*p_##name) params;                                                                           \
    type name params                                                                                         \
    {                                                                                                        \
        return p_##name args;                                                                                \
    }
#define DECLARE_VOID(name, params, args)                                                                     \
    static void(*p_##name) params;                                                                           \
    void name params                                                                                         \
    {                                                                                                        \
        p_##name args;                                                                                       \
    }
FUSE_RETURNING(DECLARE_RETURNING)
FUSE_VOID(DECLARE_VOID)

// Loads libfuse3; on failure returns why (for the message), else NULL.
static const char *fuse_load(void)
{
    void *library = dlopen("libfuse3.so.3", RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return "libfuse3.so.3 is not installed";
#define RESOLVE_RETURNING(type, name, params, args)                                                          \
    if (!(*(void **)&p_##name = dlsym(library, #name)))                                                      \
        return "libfuse3.so.3 lacks " #name;
#define RESOLVE_VOID(name, params, args) RESOLVE_RETURNING(void, name, params, args)
    FUSE_RETURNING(RESOLVE_RETURNING)
    FUSE_VOID(RESOLVE_VOID)
    return NULL;
}

// ---------------------------------------------------------------------------------------------------
// Where the image starts: right after the ELF's section header table, which the linker puts last.

static off_t image_offset(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    Elf64_Ehdr header;
    ssize_t got = pread(fd, &header, sizeof header, 0);
    close(fd);
    if (got != (ssize_t)sizeof header || memcmp(header.e_ident, ELFMAG, SELFMAG) != 0
        || header.e_ident[EI_CLASS] != ELFCLASS64)
        return -1;
    return (off_t)(header.e_shoff + (Elf64_Off)header.e_shnum * header.e_shentsize);
}

// ---------------------------------------------------------------------------------------------------
// Running AppRun from a folder (mounted or extracted), passing on signals and the exit status.

static volatile pid_t child_pid = 0;

static void forward_signal(int signal_number)
{
    if (child_pid > 0)
        kill(child_pid, signal_number);
}

static int run_app(const char *appdir, char **argv)
{
    char app_run[PATH_MAX];
    snprintf(app_run, sizeof app_run, "%s/AppRun", appdir);
    setenv("APPDIR", appdir, 1);

    struct sigaction forward = {0};
    forward.sa_handler = forward_signal;
    forward.sa_flags = SA_RESTART;
    sigemptyset(&forward.sa_mask);
    const int forwarded[] = {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2};
    for (size_t i = 0; i < sizeof forwarded / sizeof *forwarded; ++i)
        sigaction(forwarded[i], &forward, NULL);

    pid_t pid = fork();
    if (pid < 0) {
        complain("cannot start %s: %s", app_run, strerror(errno));
        return 1;
    }
    if (pid == 0) {
        argv[0] = app_run;
        execv(app_run, argv);
        complain("cannot run %s: %s", app_run, strerror(errno));
        _exit(127);
    }
    child_pid = pid;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            complain("lost track of %s: %s", app_run, strerror(errno));
            return 1;
        }
    }
    child_pid = 0;
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

static const char *temporary_folder(void)
{
    const char *tmp = getenv("TMPDIR");
    return tmp && *tmp ? tmp : "/tmp";
}

// ---------------------------------------------------------------------------------------------------
// FUSE: mount the image read-only, serve it from a thread while AppRun runs, unmount afterwards.

enum { MOUNT_UNAVAILABLE = -1 };

static void *serve(void *session)
{
    fuse_session_loop(session);
    return NULL;
}

static const struct fuse_lowlevel_ops squashfs_operations = {
    .lookup = sqfs_ll_op_lookup,
    .forget = sqfs_ll_op_forget,
    .getattr = sqfs_ll_op_getattr,
    .readlink = sqfs_ll_op_readlink,
    .open = sqfs_ll_op_open,
    .read = sqfs_ll_op_read,
    .release = sqfs_ll_op_release,
    .opendir = sqfs_ll_op_opendir,
    .readdir = sqfs_ll_op_readdir,
    .releasedir = sqfs_ll_op_releasedir,
    .statfs = stfs_ll_op_statfs,
    .getxattr = sqfs_ll_op_getxattr,
    .listxattr = sqfs_ll_op_listxattr,
    .create = sqfs_ll_op_create,
};

// Mounts the image at a fresh folder; returns the session, or NULL with *why set.
static struct fuse_session *mount_image(
    const char *image, off_t offset, char *mountpoint, size_t size, sqfs_ll **filesystem, const char **why)
{
    if ((*why = fuse_load()))
        return NULL;
    *filesystem = sqfs_ll_open(image, (size_t)offset);
    if (!*filesystem) {
        *why = "the image inside cannot be read";
        return NULL;
    }
    snprintf(mountpoint, size, "%s/.mount_cobot-kiosk.XXXXXX", temporary_folder());
    if (!mkdtemp(mountpoint)) {
        *why = "no temporary folder for the mount point";
        return NULL;
    }
    char *arguments[] = {(char *)program, "-o", "ro", NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, arguments);
    struct fuse_session *session
        = fuse_session_new(&args, &squashfs_operations, sizeof squashfs_operations, *filesystem);
    if (!session) {
        rmdir(mountpoint);
        *why = "FUSE refused the session";
        return NULL;
    }
    if (fuse_session_mount(session, mountpoint) != 0) {
        fuse_session_destroy(session);
        rmdir(mountpoint);
        *why = "FUSE could not mount it (no /dev/fuse, no fusermount3, or not permitted)";
        return NULL;
    }
    return session;
}

static int run_mounted(const char *image, off_t offset, char **argv)
{
    char mountpoint[PATH_MAX];
    sqfs_ll *filesystem = NULL;
    const char *why = NULL;
    struct fuse_session *session
        = mount_image(image, offset, mountpoint, sizeof mountpoint, &filesystem, &why);
    if (!session) {
        complain("cannot mount the AppImage with FUSE: %s; extracting it instead "
                 "(set APPIMAGE_EXTRACT_AND_RUN=1 to skip this attempt).",
            why);
        return MOUNT_UNAVAILABLE;
    }
    pthread_t server;
    if (pthread_create(&server, NULL, serve, session) != 0) {
        fuse_session_unmount(session);
        fuse_session_destroy(session);
        rmdir(mountpoint);
        return MOUNT_UNAVAILABLE;
    }
    const int status = run_app(mountpoint, argv);
    // Unmounting ends the kernel connection, which ends the serving loop.
    fuse_session_exit(session);
    fuse_session_unmount(session);
    pthread_join(server, NULL);
    fuse_session_destroy(session);
    rmdir(mountpoint);
    return status;
}

// ---------------------------------------------------------------------------------------------------
// Extraction: every directory, regular file and symlink of the image, with its permissions.

static int extract_file(sqfs *fs, sqfs_inode *inode, const char *path)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, inode->base.mode & 07777);
    if (fd < 0)
        return -1;
    static char buffer[1 << 17];
    const sqfs_off_t size = (sqfs_off_t)inode->xtra.reg.file_size;
    for (sqfs_off_t done = 0; done < size;) {
        sqfs_off_t chunk = size - done < (sqfs_off_t)sizeof buffer ? size - done : (sqfs_off_t)sizeof buffer;
        if (sqfs_read_range(fs, inode, done, &chunk, buffer) != SQFS_OK || chunk <= 0) {
            close(fd);
            errno = EIO;
            return -1;
        }
        for (sqfs_off_t written = 0; written < chunk;) {
            ssize_t n = write(fd, buffer + written, (size_t)(chunk - written));
            if (n < 0) {
                close(fd);
                return -1;
            }
            written += n;
        }
        done += chunk;
    }
    return close(fd);
}

static int extract_image(const char *image, off_t offset, const char *target)
{
    sqfs fs;
    if (sqfs_open_image(&fs, image, (size_t)offset) != SQFS_OK) {
        complain("%s holds no readable image at offset %lld", image, (long long)offset);
        return -1;
    }
    if (mkdir(target, 0755) != 0 && errno != EEXIST) {
        complain("cannot create %s: %s", target, strerror(errno));
        sqfs_destroy(&fs);
        return -1;
    }
    sqfs_traverse walk;
    sqfs_err err = sqfs_traverse_open(&walk, &fs, sqfs_inode_root(&fs));
    int result = err == SQFS_OK ? 0 : -1;
    while (result == 0 && sqfs_traverse_next(&walk, &err)) {
        if (walk.dir_end)
            continue;
        sqfs_inode inode;
        if (sqfs_inode_get(&fs, &inode, sqfs_dentry_inode(&walk.entry)) != SQFS_OK) {
            result = -1;
            break;
        }
        char path[PATH_MAX];
        if (snprintf(path, sizeof path, "%s/%s", target, walk.path) >= (int)sizeof path) {
            errno = ENAMETOOLONG;
            result = -1;
            break;
        }
        const mode_t mode = inode.base.mode;
        if (S_ISDIR(mode)) {
            if (mkdir(path, (mode & 07777) | 0700) != 0 && errno != EEXIST)
                result = -1;
        } else if (S_ISREG(mode)) {
            unlink(path);
            result = extract_file(&fs, &inode, path);
        } else if (S_ISLNK(mode)) {
            size_t size = 0;
            sqfs_readlink(&fs, &inode, NULL, &size);
            char *link = malloc(size + 1);
            if (!link || sqfs_readlink(&fs, &inode, link, &size) != SQFS_OK) {
                result = -1;
            } else {
                unlink(path);
                result = symlink(link, path);
            }
            free(link);
        }
        if (result != 0)
            complain("cannot extract %s: %s", path, strerror(errno));
    }
    if (err != SQFS_OK && result == 0) {
        complain("the image inside %s is damaged", image);
        result = -1;
    }
    sqfs_traverse_close(&walk);
    sqfs_destroy(&fs);
    return result;
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *walk)
{
    (void)st;
    (void)type;
    (void)walk;
    return remove(path);
}

static int run_extracted(const char *image, off_t offset, char **argv)
{
    char folder[PATH_MAX];
    snprintf(folder, sizeof folder, "%s/appimage_extracted_cobot-kiosk.XXXXXX", temporary_folder());
    if (!mkdtemp(folder)) {
        complain("cannot create a folder in %s to extract into: %s", temporary_folder(), strerror(errno));
        return 1;
    }
    int status = 1;
    if (extract_image(image, offset, folder) == 0)
        status = run_app(folder, argv);
    const char *keep = getenv("NO_CLEANUP");
    if (!keep || strcmp(keep, "1") != 0)
        nftw(folder, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return status;
}

// ---------------------------------------------------------------------------------------------------

static void usage(void)
{
    printf("AppImage runtime %s (cobot-kiosk)\n"
           "  --appimage-extract            extract the image into ./squashfs-root\n"
           "  --appimage-extract-and-run    extract to a temporary folder, run, remove it\n"
           "                                (also: APPIMAGE_EXTRACT_AND_RUN=1)\n"
           "  --appimage-offset             print where the image starts in this file\n"
           "  --appimage-version            print the runtime's version\n"
           "Any other arguments go to the application.\n",
        RUNTIME_VERSION);
}

int main(int argc, char **argv)
{
    char image[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", image, sizeof image - 1);
    if (length <= 0) {
        complain("cannot find its own file (/proc is needed)");
        return 1;
    }
    image[length] = '\0';
    const char *slash = strrchr(image, '/');
    program = slash ? slash + 1 : image;

    const off_t offset = image_offset(image);
    if (offset <= 0) {
        complain("%s is not an ELF file with an image appended", image);
        return 1;
    }

    int extract_and_run = 0;
    const char *mode = getenv("APPIMAGE_EXTRACT_AND_RUN");
    if (mode && strcmp(mode, "1") == 0)
        extract_and_run = 1;
    if (argc > 1 && strncmp(argv[1], "--appimage-", 11) == 0) {
        const char *option = argv[1] + 11;
        if (strcmp(option, "offset") == 0) {
            printf("%lld\n", (long long)offset);
            return 0;
        }
        if (strcmp(option, "version") == 0) {
            printf("%s\n", RUNTIME_VERSION);
            return 0;
        }
        if (strcmp(option, "help") == 0) {
            usage();
            return 0;
        }
        if (strcmp(option, "extract") == 0) {
            if (argc > 2) {
                complain("--appimage-extract takes no pattern here; it extracts everything");
                return 1;
            }
            return extract_image(image, offset, "squashfs-root") == 0 ? 0 : 1;
        }
        if (strcmp(option, "extract-and-run") == 0) {
            extract_and_run = 1;
            argv[1] = argv[0];
            ++argv;
            --argc;
        } else {
            complain("unknown option %s (see --appimage-help)", argv[1]);
            return 1;
        }
    }

    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd))
        setenv("OWD", cwd, 1);
    setenv("APPIMAGE", image, 1);
    setenv("ARGV0", argv[0], 1);

    if (!extract_and_run) {
        const int status = run_mounted(image, offset, argv);
        if (status != MOUNT_UNAVAILABLE)
            return status;
    }
    return run_extracted(image, offset, argv);
}
