evaluate(new File(common, 'checkRow.groovy'))   // the checks every row shares

// This row turns JUnit's parallel execution on with the very lines the README gives for it.
def readme = new File(common, '../../../../README.md').text
def properties = new File(basedir, 'src/test/resources/junit-platform.properties').text
if (!readme.contains(properties)) {
    throw new AssertionError("Compatibility row boot-3.5-parent: README.md does not give the lines of its "
            + "src/test/resources/junit-platform.properties:\n" + properties)
}
return true
