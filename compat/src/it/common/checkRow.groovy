// Shared by every row (its verify.groovy evaluates this file; `common` is this folder, `basedir` the row's clone):
// the row's build.log must contain each line of the row's expected.txt, and must not contain a line given there
// after "!".
def log = new File(basedir, 'build.log').text
def row = basedir.name
def problems = []
new File(basedir, 'expected.txt').eachLine { line ->
    if (line.isBlank() || line.startsWith('#')) {
        return
    }
    if (line.startsWith('!')) {
        if (log.contains(line.substring(1))) {
            problems << "found '" + line.substring(1) + "'"
        }
    } else if (!log.contains(line)) {
        problems << "missing '" + line + "'"
    }
}
if (problems) {
    throw new AssertionError("Compatibility row " + row + ": " + problems.join('; ') + " in " + new File(basedir, 'build.log'))
}
return true
