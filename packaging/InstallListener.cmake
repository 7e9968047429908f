# Installs the listener's systemd units and environment file (included by the install script).
# Under the prefix /usr (the Debian package) they go where Debian keeps them: the units, as written,
# in /lib/systemd/system and the environment file as /etc/bouncedesk/listener.env, root's alone (it
# holds secrets). Under any other prefix the units go to <prefix>/lib/systemd/system with ExecStart
# naming that prefix's bouncedesk-cli, and the environment file is only an example in the docs.
set(_units bouncedesk-listener.service bouncedesk-report.service bouncedesk-report.timer)
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    foreach(_unit IN LISTS _units)
        file(INSTALL DESTINATION /lib/systemd/system TYPE FILE FILES "${BOUNCEDESK_SYSTEMD_SOURCE_DIR}/${_unit}")
    endforeach()
    file(INSTALL DESTINATION /etc/bouncedesk TYPE FILE PERMISSIONS OWNER_READ OWNER_WRITE
        FILES "${BOUNCEDESK_SYSTEMD_SOURCE_DIR}/listener.env.example" RENAME listener.env)
else()
    foreach(_unit IN LISTS _units)
        file(READ "${BOUNCEDESK_SYSTEMD_SOURCE_DIR}/${_unit}" _content)
        string(REPLACE "=/usr/bin/bouncedesk-cli " "=${CMAKE_INSTALL_PREFIX}/${BOUNCEDESK_INSTALL_BINDIR}/bouncedesk-cli "
            _content "${_content}")
        file(WRITE "${BOUNCEDESK_SYSTEMD_STAGING_DIR}/${_unit}" "${_content}")
        file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/lib/systemd/system" TYPE FILE
            FILES "${BOUNCEDESK_SYSTEMD_STAGING_DIR}/${_unit}")
    endforeach()
    file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/${BOUNCEDESK_INSTALL_DOCDIR}" TYPE FILE
        FILES "${BOUNCEDESK_SYSTEMD_SOURCE_DIR}/listener.env.example")
endif()
