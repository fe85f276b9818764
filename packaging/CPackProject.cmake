# Read by cpack before it makes the packages. CPackDeb puts CPACK_PACKAGE_DESCRIPTION_SUMMARY
# before a package's description unless that summary is CPack's default; each of our packages'
# descriptions starts with its own summary line, so the project's one is marked as the default.
set(CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}")
