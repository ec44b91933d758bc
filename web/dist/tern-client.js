// built by web/build
