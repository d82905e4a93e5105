evaluate(new File(common, 'checkRow.groovy'))   // the checks every row shares
