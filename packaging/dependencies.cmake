# SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
# SPDX-License-Identifier: MIT

# The one place to extend cobot-kiosk's run-time dependencies that no tool can find by itself.
#
# Found automatically, do not list them here:
#  - shared libraries the binary links: dpkg-shlibdeps (.deb) and the DT_NEEDED closure (AppImage);
#  - QML modules the UI imports (even through other modules): qmlimportscanner, and `dpkg -S` for
#    their Debian packages (packaging/deploy.py).

# Debian packages the kiosk needs at run time that dpkg-shlibdeps cannot see: dlopen()ed Qt plugins and
# libraries, programs it runs, and what the boot-to-kiosk service uses.
set(KIOSK_DEB_RUNTIME_DEPENDS
    "libqt6network6"    # tls/ plugin (HTTPS): it dlopen()s libssl
    "libqt6sql6-sqlite" # the QSQLITE driver plugin of the offline store
    "libssl3"           # loaded by the tls plugin at run time
    "ca-certificates"   # Cobot's certificate is verified against these
    "libqt6gui6"        # xcb platform plugin, image formats
    "qt6-wayland"       # wayland platform plugin (the kiosk runs under cage)
    "libqt6svg6"        # SVG image format and icon engine plugins
    "fonts-dejavu-core" # the UI's text needs a font
    "cage"              # the kiosk compositor of cobot-kiosk.service
    "xwayland"          # cage aborts without it (an undeclared dependency of cage)
    "libpam-systemd"    # the service's login session, which gives cage the seat
    "adduser"           # the maintainer scripts create the service's user
)
set(KIOSK_DEB_RUNTIME_RECOMMENDS
    "libgl1-mesa-dri"   # software OpenGL (llvmpipe) on PCs without a GPU driver
)

# Qt plugin folders the AppImage bundles (all plugins in them, with the libraries they need).
set(KIOSK_QT_PLUGIN_DIRS
    platforms
    platforminputcontexts
    xcbglintegrations
    wayland-shell-integration
    wayland-graphics-integration-client
    wayland-decoration-client
    tls
    imageformats
    iconengines
    networkinformation
    sqldrivers
)
# Plugins left out of the AppImage (globs under the plugin folder): back ends the kiosk does not use.
set(KIOSK_QT_PLUGIN_EXCLUDES
    "platforms/libqeglfs.so"
    "platforms/libqminimalegl.so"
    "platforms/libqvnc.so"
    "platforms/libqvkkhrdisplay.so"
    "platforms/libqlinuxfb.so"
    "sqldrivers/libqsqlmysql.so"
    "sqldrivers/libqsqlpsql.so"
    "sqldrivers/libqsqlodbc.so"
    "sqldrivers/libqsqlibase.so"
    "multimedia/libffmpegmediaplugin.so" # QSoundEffect needs no media back end; ffmpeg doubles the size
)
# Libraries the AppImage must bundle although nothing links them: they are dlopen()ed (sonames).
set(KIOSK_APPIMAGE_DLOPENED
    "libssl.so.3"       # by the tls/ plugin
    "libcrypto.so.3"
)
